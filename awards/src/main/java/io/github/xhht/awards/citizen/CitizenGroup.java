package io.github.xhht.awards.citizen;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.model.Subject;
import io.github.xhht.core.model.SubjectKind;
import java.util.Arrays;
import java.util.Optional;

/**
 * The four groups of Decision 324/QĐ-KHVN, each with its own assessment form. An individual's dossier names
 * its group in {@code subject.unitKind} by {@link #code()}.
 */
public enum CitizenGroup {
    /** Residents of a commune (người dân cư trú tại xã, phường, thị trấn). */
    RESIDENT("resident", Text.of("người dân cư trú trên địa bàn xã, phường, thị trấn", "residents of a commune")),
    /** Workers (người lao động). */
    WORKER("worker", Text.of("người lao động", "workers")),
    /** Officials, public employees and entrepreneurs (cán bộ, công chức, viên chức, doanh nhân). */
    OFFICIAL_OR_ENTREPRENEUR("officialOrEntrepreneur",
            Text.of("cán bộ, công chức, viên chức và doanh nhân", "officials, public employees and entrepreneurs")),
    /** Pupils, students and learners, new in Decision 324 (học sinh, sinh viên, học viên). */
    LEARNER("learner", Text.of("học sinh, sinh viên, học viên", "pupils, students and learners"));

    private final String code;
    private final Text label;

    CitizenGroup(String code, Text label) {
        this.code = code;
        this.label = label;
    }

    /** The {@code unitKind} code of an individual subject of this group. */
    public String code() {
        return code;
    }

    /** The label in Vietnamese and English. */
    public Text label() {
        return label;
    }

    /** The group of an individual subject, from its {@code unitKind}; empty for a collective or another code. */
    public static Optional<CitizenGroup> of(Subject subject) {
        if (subject.kind() != SubjectKind.INDIVIDUAL) {
            return Optional.empty();
        }
        return subject.unitKind().flatMap(k -> Arrays.stream(values()).filter(g -> g.code.equals(k)).findFirst());
    }
}
