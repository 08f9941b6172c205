package io.github.xhht.awards.nomination;

import io.github.xhht.awards.AwardForm;
import io.github.xhht.awards.Occasion;
import io.github.xhht.awards.plan.MovementPlan;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.law.LegalDocument;
import io.github.xhht.core.model.PendingProceeding;
import io.github.xhht.core.model.ProceedingKind;
import io.github.xhht.core.model.Subject;
import io.github.xhht.core.model.SubjectKind;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The law's invariants over generated slates: an eligible slate never gives two forms for one achievement
 * of a subject (PR-1), never includes a subject with a pending proceeding (PR-2), never holds a collective
 * together with its sub-unit for the same achievement (PR-3), and never exceeds or lacks a quota. Under a
 * plan with no other rule, the converse holds too: a slate free of those faults is eligible.
 */
class SlatePropertiesTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 15);
    private static final LegalDocument DOC = new LegalDocument("KH-T", LegalDocument.PLAN, "1/KH-T", Text.of("Kế hoạch", "Plan"));
    private static final MovementPlan PLAN = MovementPlan.builder("t", DOC, DOC.title(), DOC.title(), "Tỉnh T")
            .forms(Occasion.MIDTERM_REVIEW, "1", AwardForm.CERTIFICATE_OF_COMMENDATION, AwardForm.CERTIFICATE_OF_MERIT_PROVINCIAL,
                    AwardForm.PRIME_MINISTER_CERTIFICATE_OF_MERIT)
            .quota(Occasion.MIDTERM_REVIEW, AwardForm.PRIME_MINISTER_CERTIFICATE_OF_MERIT, 0, 2, "2")
            .build();
    private static final List<AwardForm> FORMS = List.of(AwardForm.CERTIFICATE_OF_COMMENDATION,
            AwardForm.CERTIFICATE_OF_MERIT_PROVINCIAL, AwardForm.PRIME_MINISTER_CERTIFICATE_OF_MERIT);

    /** What one generated nomination is made of. */
    record Pick(int subject, int achievement, int form, boolean pending) {
    }

    /** A generated organisation: parent index of each of 5 units (-1 for none) and 2 individuals. */
    record World(List<Subject> subjects) {
    }

    @Provide
    Arbitrary<World> worlds() {
        return Arbitraries.integers().between(-1, 3).list().ofSize(5).map(parents -> {
            List<Subject> subjects = new ArrayList<>();
            for (int i = 0; i < parents.size(); i++) {
                int p = parents.get(i) < i ? parents.get(i) : -1;  // parents come earlier: no cycles
                Subject.Builder b = Subject.builder(SubjectKind.UNIT, "u" + i, "Đơn vị " + i);
                if (p >= 0) {
                    b.parentId("u" + p);
                }
                subjects.add(b.build());
            }
            subjects.add(Subject.builder(SubjectKind.INDIVIDUAL, "p0", "Người 0").parentId("u0").build());
            subjects.add(Subject.builder(SubjectKind.INDIVIDUAL, "p1", "Người 1").parentId("u1").build());
            return new World(subjects);
        });
    }

    @Provide
    Arbitrary<List<Pick>> picks() {
        Arbitrary<Pick> pick = Combinators.combine(Arbitraries.integers().between(0, 6), Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 9).map(i -> i == 0)).as(Pick::new);
        return pick.list().ofMinSize(0).ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<GivenQuota>> quotas() {
        Arbitrary<Optional<GivenQuota>> commendation = Arbitraries.integers().between(-2, 3).map(i -> i == -2 ? Optional.empty()
                : Optional.of(new GivenQuota(Occasion.MIDTERM_REVIEW, AwardForm.CERTIFICATE_OF_COMMENDATION,
                i == -1 ? OptionalInt.empty() : OptionalInt.of(i), "")));
        Arbitrary<Optional<GivenQuota>> merit = Arbitraries.integers().between(-1, 3).map(i -> i == -1 ? Optional.empty()
                : Optional.of(GivenQuota.atMost(Occasion.MIDTERM_REVIEW, AwardForm.CERTIFICATE_OF_MERIT_PROVINCIAL, i, "")));
        return Combinators.combine(commendation, merit).as((a, b) -> {
            List<GivenQuota> list = new ArrayList<>();
            a.ifPresent(list::add);
            b.ifPresent(list::add);
            return list;
        });
    }

    @Property(tries = 1500)
    void eligibleExactlyWhenNoPrincipleOrQuotaIsBroken(@ForAll("worlds") World world, @ForAll("picks") List<Pick> picks,
                                                       @ForAll("quotas") List<GivenQuota> quotas) {
        List<Nomination> nominations = new ArrayList<>();
        for (int i = 0; i < picks.size(); i++) {
            Pick p = picks.get(i);
            Nomination.Builder b = Nomination.builder("n" + i, world.subjects().get(p.subject()),
                    Achievement.of("a" + p.achievement(), LocalDate.of(2023, 1, 1), LocalDate.of(2025, 5, 31)),
                    FORMS.get(p.form()), Occasion.MIDTERM_REVIEW);
            if (p.pending()) {
                b.proceeding(new PendingProceeding(ProceedingKind.INSPECTION, LocalDate.of(2025, 1, 1), Optional.empty(), ""));
            } else {
                b.proceeding(new PendingProceeding(ProceedingKind.INSPECTION, LocalDate.of(2024, 1, 1),
                        Optional.of(LocalDate.of(2024, 2, 1)), ""));
            }
            nominations.add(b.build());
        }
        SlateResult result = SlateChecks.check(new Slate(PLAN, AS_OF, nominations, quotas), Interpretations.defaults());

        boolean twoForms = twoFormsForOneAchievement(nominations);
        boolean pending = nominations.stream().anyMatch(n -> n.proceedings().stream().anyMatch(p -> p.pendingOn(AS_OF)));
        boolean subUnit = collectiveWithSubUnit(nominations);
        boolean quota = quotaBrokenOrUnknown(nominations, quotas);
        Statistics.label("eligible").collect(result.eligible());
        Statistics.label("eligible").coverage(c -> {
            c.check(true).percentage(pc -> pc > 5);
            c.check(false).percentage(pc -> pc > 5);
        });
        if (result.eligible()) {
            assertFalse(twoForms, "eligible slate gives two forms for one achievement");
            assertFalse(pending, "eligible slate includes a pending proceeding");
            assertFalse(subUnit, "eligible slate holds a collective with its sub-unit");
            assertFalse(quota, "eligible slate exceeds or lacks a quota");
        } else {
            assertTrue(twoForms || pending || subUnit || quota, () -> "refused with no principle or quota broken: " + result);
        }
    }

    private static boolean twoFormsForOneAchievement(List<Nomination> nominations) {
        Set<String> seen = new HashSet<>();
        for (Nomination n : nominations) {
            if (!seen.add(n.subject().id() + "|" + n.achievement().id())) {
                return true;
            }
        }
        return false;
    }

    private static boolean collectiveWithSubUnit(List<Nomination> nominations) {
        Map<String, String> parent = new HashMap<>();
        nominations.forEach(n -> n.subject().parentId().ifPresent(p -> parent.put(n.subject().id(), p)));
        for (Nomination a : nominations) {
            for (Nomination b : nominations) {
                if (a.subject().kind().collective() && b.subject().kind().collective()
                        && a.achievement().id().equals(b.achievement().id()) && descends(b.subject().id(), a.subject().id(), parent)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code child} lies below {@code ancestor}, following parents recursively. */
    private static boolean descends(String child, String ancestor, Map<String, String> parent) {
        String p = parent.get(child);
        return p != null && (p.equals(ancestor) || descends(p, ancestor, parent));
    }

    private static boolean quotaBrokenOrUnknown(List<Nomination> nominations, List<GivenQuota> quotas) {
        for (AwardForm form : FORMS) {
            long count = nominations.stream().filter(n -> n.form() == form).count();
            if (count == 0) {
                continue;
            }
            OptionalInt max;
            if (form == AwardForm.PRIME_MINISTER_CERTIFICATE_OF_MERIT) {
                max = OptionalInt.of(2);
            } else {
                Optional<GivenQuota> given = quotas.stream().filter(q -> q.form() == form).findFirst();
                if (given.isEmpty()) {
                    return true;
                }
                max = given.get().max();
            }
            if (max.isPresent() && count > max.getAsInt()) {
                return true;
            }
        }
        return false;
    }
}
