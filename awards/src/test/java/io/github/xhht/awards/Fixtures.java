package io.github.xhht.awards;

import io.github.xhht.core.model.AdminLevel;
import io.github.xhht.core.model.History;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.model.Recognition;
import io.github.xhht.core.model.RecognitionKind;
import io.github.xhht.core.model.Subject;
import io.github.xhht.core.model.SubjectKind;
import io.github.xhht.core.model.TitleRecord;
import java.time.LocalDate;
import java.util.List;

/** Small builders shared by the awards tests. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Subject unit(String id, AdminLevel tier) {
        return Subject.builder(SubjectKind.UNIT, id, "Đơn vị " + id).tier(tier).build();
    }

    public static Subject unit(String id, String parentId) {
        return Subject.builder(SubjectKind.UNIT, id, "Đơn vị " + id).parentId(parentId).build();
    }

    public static Subject person(String id) {
        return Subject.builder(SubjectKind.INDIVIDUAL, id, "Người " + id).build();
    }

    public static Recognition recognition(String scheme, LocalDate decided) {
        return new Recognition(scheme, Level.LEVEL_1, RecognitionKind.FIRST, decided, "1/QĐ", "UBND", decided.getYear() - 1);
    }

    public static History recognised(String scheme, LocalDate decided) {
        return History.ofRecognitions(List.of(recognition(scheme, decided)));
    }

    public static History titled(String title, int year) {
        return new History(List.of(), List.of(), List.of(new TitleRecord(title, year, LocalDate.of(year, 12, 20), "")));
    }
}
