package io.github.xhht.tt24;

import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.AdminLevel;
import io.github.xhht.core.model.AssessmentPeriod;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.Evidence;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.model.Subject;
import io.github.xhht.core.model.SubjectAttribute;
import io.github.xhht.core.model.SubjectKind;
import io.github.xhht.core.rule.Finding;
import io.github.xhht.core.rule.Outcome;
import java.time.LocalDate;

/** Dossiers for the tests: a unit that meets everything, from which each test takes one thing away. */
final class Units {
    private Units() {
    }

    static final LocalDate AS_OF = LocalDate.of(2025, 1, 20);
    static final Evidence EVIDENCE = Evidence.of("01/BC-TĐG", "Tổ đánh giá", LocalDate.of(2024, 12, 20),
            "Báo cáo tự đánh giá năm 2024");
    static final long MEMBERS = 200;
    static final long LEARNERS = 1000;

    static Subject subject(UnitKind kind, AdminLevel tier, SubjectAttribute... attributes) {
        return Subject.builder(SubjectKind.UNIT, "u-" + kind.code(), "Đơn vị " + kind.label().vi())
                .jurisdiction("Nam Định").unitKind(kind.code()).tier(tier).with(attributes).build();
    }

    /** Every fact at its best, each with evidence. */
    static Dossier.Builder full(Subject subject) {
        return full(subject, MEMBERS, LEARNERS);
    }

    /** Every fact at its best, each with evidence, out of these numbers of members and learners. */
    static Dossier.Builder full(Subject subject, long members, long learners) {
        Dossier.Builder b = Dossier.builder(Tt24.ID, subject, AssessmentPeriod.calendarYear(2024));
        Tt24Facts.ALL.forEach(key -> {
            switch (key.kind()) {
                case FLAG -> b.fact(key.name(), io.github.xhht.core.model.Fact.of(FactValue.Flag.TRUE, EVIDENCE));
                case SHARE -> {
                    long of = key == Tt24Facts.LEARNERS_LEARNING_CITIZENS ? learners : members;
                    b.fact(key.name(), io.github.xhht.core.model.Fact.of(new FactValue.Share(of, of), EVIDENCE));
                }
                case LEVEL -> b.fact(key.name(), io.github.xhht.core.model.Fact.of(new FactValue.LevelValue(2), EVIDENCE));
                case TITLE -> b.fact(key.name(), io.github.xhht.core.model.Fact.of(
                        new FactValue.Title(CollectiveTitle.EXCELLENT_LABOUR_COLLECTIVE.name()), EVIDENCE));
                default -> throw new IllegalStateException("no default for " + key);
            }
        });
        return b;
    }

    static Dossier.Builder full(UnitKind kind, AdminLevel tier, SubjectAttribute... attributes) {
        return full(subject(kind, tier, attributes));
    }

    static Decision evaluate(Dossier dossier) {
        return Tt24.scheme().evaluate(dossier, AS_OF);
    }

    static Decision evaluate(Dossier dossier, Interpretations interpretations) {
        return Tt24.scheme().evaluate(dossier, AS_OF, interpretations);
    }

    static Outcome outcome(Decision decision, String id) {
        return finding(decision, id).outcome();
    }

    static Finding finding(Decision decision, String id) {
        return decision.find(id).orElseThrow(() -> new AssertionError("no finding " + id));
    }

    /** The district tier for kinds evaluated only there, else the provincial tier. */
    static AdminLevel tierOf(UnitKind kind) {
        return kind.evaluatedAt(AdminLevel.DISTRICT) ? AdminLevel.DISTRICT : AdminLevel.PROVINCE;
    }
}
