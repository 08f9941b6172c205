package io.github.xhht.awards.plan;

import io.github.xhht.awards.AwardDocuments;
import io.github.xhht.awards.AwardForm;
import io.github.xhht.awards.Occasion;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.law.LegalDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A province's or institution's plan for the movement (kế hoạch phong trào thi đua): who may be commended,
 * on what standards, with which forms, how many, with which dossier and by when. Immutable; every rule
 * cites the plan's own section. Build one with {@link #builder}, or take a preset from {@link Plans}.
 *
 * @param id           a short stable id, e.g. {@code hcmc-education}
 * @param title        the plan's title
 * @param issuer       who issued it
 * @param document     the plan as a cited document
 * @param jurisdiction the province or city it applies in
 * @param phases       its phases
 * @param occasions    the forms it offers at each occasion (one entry per occasion)
 * @param categories   the kinds of subject it sets standards for
 * @param quotas       the quotas it states (one per occasion and form)
 * @param deadlines    its deadlines
 * @param dossier      the documents a nomination dossier must hold
 * @param principles   the principles it applies, each with where it is stated; PR-5 only when the plan states it
 * @param notes        what it says that informs but never blocks
 */
public record MovementPlan(
        String id,
        Text title,
        Text issuer,
        LegalDocument document,
        String jurisdiction,
        List<Phase> phases,
        List<OccasionForms> occasions,
        List<SubjectCategory> categories,
        List<Quota> quotas,
        List<Deadline> deadlines,
        List<DossierRequirement> dossier,
        Map<Principle, List<Citation>> principles,
        List<PlanNote> notes) {

    public MovementPlan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a plan needs an id");
        }
        phases = List.copyOf(phases);
        occasions = List.copyOf(occasions);
        categories = List.copyOf(categories);
        quotas = List.copyOf(quotas);
        deadlines = List.copyOf(deadlines);
        dossier = List.copyOf(dossier);
        notes = List.copyOf(notes);
        Map<Principle, List<Citation>> copy = new EnumMap<>(Principle.class);
        principles.forEach((p, c) -> {
            if (c.isEmpty()) {
                throw new IllegalArgumentException("principle " + p.id() + " needs a citation");
            }
            copy.put(p, List.copyOf(c));
        });
        principles = java.util.Collections.unmodifiableMap(copy);
        unique(occasions.stream().map(OccasionForms::occasion).toList(), "occasion");
        unique(categories.stream().map(SubjectCategory::id).toList(), "category id");
        unique(quotas.stream().map(q -> q.occasion() + "/" + q.form()).toList(), "quota");
        unique(deadlines.stream().filter(d -> d.kind() != Deadline.Kind.REPORT)
                .map(d -> d.kind() + "/" + d.occasion()).toList(), "deadline");
    }

    private static void unique(List<?> keys, String what) {
        Set<Object> seen = new HashSet<>();
        for (Object key : keys) {
            if (!seen.add(key)) {
                throw new IllegalArgumentException("duplicate " + what + " " + key);
            }
        }
    }

    /** The forms offered at the occasion, if the plan commends then. */
    public Optional<OccasionForms> formsAt(Occasion occasion) {
        return occasions.stream().filter(o -> o.occasion() == occasion).findFirst();
    }

    /** The category with this id. */
    public Optional<SubjectCategory> category(String categoryId) {
        return categories.stream().filter(c -> c.id().equals(categoryId)).findFirst();
    }

    /** The quota the plan states for the form at the occasion, if any. */
    public Optional<Quota> quota(Occasion occasion, AwardForm form) {
        return quotas.stream().filter(q -> q.occasion() == occasion && q.form() == form).findFirst();
    }

    /** The deadline for nominations at the occasion, if the plan sets one. */
    public Optional<Deadline> nominationDeadline(Occasion occasion) {
        return deadlines.stream()
                .filter(d -> d.kind() == Deadline.Kind.NOMINATIONS && d.occasion().equals(Optional.of(occasion)))
                .findFirst();
    }

    /** The registration deadline, if the plan sets one. */
    public Optional<Deadline> registrationDeadline() {
        return deadlines.stream().filter(d -> d.kind() == Deadline.Kind.REGISTRATION).findFirst();
    }

    /** Where the principle is stated; empty when the plan does not apply it. */
    public List<Citation> principle(Principle principle) {
        return principles.getOrDefault(principle, List.of());
    }

    /**
     * Starts a plan. The builder already holds the global constraints of movement-plans.md §1: PR-1 (Law
     * 06/2022 Art. 5(2): one achievement, one award), PR-2 (Decree 152/2025 Art. 4(4), before 1 July 2025
     * Decree 98/2023 Art. 4) and PR-3 (stated by seed 003 §III.2, the only source that states it), and the
     * dossier of the Prime Minister's certificate of merit (Decree 152/2025 Art. 42, from 1 July 2025).
     */
    public static Builder builder(String id, LegalDocument document, Text title, Text issuer, String jurisdiction) {
        return new Builder(id, document, title, issuer, jurisdiction);
    }

    /** Builds a plan step by step; each rule takes the section of the plan that states it. */
    public static final class Builder {
        private static final LocalDate DECREE_152_IN_FORCE = LocalDate.of(2025, 7, 1);

        private final String id;
        private final LegalDocument document;
        private final Text title;
        private final Text issuer;
        private final String jurisdiction;
        private final List<Phase> phases = new ArrayList<>();
        private final List<OccasionForms> occasions = new ArrayList<>();
        private final List<SubjectCategory> categories = new ArrayList<>();
        private final List<Quota> quotas = new ArrayList<>();
        private final List<Deadline> deadlines = new ArrayList<>();
        private final List<DossierRequirement> dossier = new ArrayList<>();
        private final Map<Principle, List<Citation>> principles = new LinkedHashMap<>();
        private final List<PlanNote> notes = new ArrayList<>();

        private Builder(String id, LegalDocument document, Text title, Text issuer, String jurisdiction) {
            this.id = id;
            this.document = document;
            this.title = title;
            this.issuer = issuer;
            this.jurisdiction = jurisdiction;
            Citation art5 = AwardDocuments.LAW_06_2022.article(5).clause(2);
            principles.put(Principle.ONE_FORM_PER_ACHIEVEMENT, new ArrayList<>(List.of(art5)));
            principles.put(Principle.NO_PENDING_PROCEEDING, new ArrayList<>(List.of(
                    AwardDocuments.DECREE_152_2025.article(4).clause(4), AwardDocuments.DECREE_98_2023.article(4))));
            // PR-3 is stated only by seed 003 §III.2 (movement-plans.md §1); Law 06/2022 Art. 5(2) does not say it
            principles.put(Principle.COLLECTIVE_OR_SUB_UNIT, new ArrayList<>(List.of(SeedDocuments.AN_GIANG.section("III.2"))));
            Citation art42 = AwardDocuments.DECREE_152_2025.article(42);
            for (DossierDocument d : List.of(DossierDocument.PROPOSAL_LETTER, DossierDocument.ACHIEVEMENT_REPORT,
                    DossierDocument.COUNCIL_MINUTES)) {
                dossier.add(new DossierRequirement(d, art42, Optional.of(AwardForm.PRIME_MINISTER_CERTIFICATE_OF_MERIT),
                        false, Optional.of(DECREE_152_IN_FORCE)));
            }
        }

        /** Cites the plan's own section for a principle (put first, once); for PR-5 this makes it apply. */
        public Builder principle(Principle principle, String section) {
            List<Citation> cites = principles.computeIfAbsent(principle, p -> new ArrayList<>());
            Citation own = document.section(section);
            cites.remove(own);
            cites.add(0, own);
            return this;
        }

        /** Adds a phase of the movement, reviewed on the occasion, cited to the plan's section. */
        public Builder phase(Text label, LocalDate from, LocalDate to, Occasion review, String section) {
            phases.add(new Phase(label, from, to, Optional.ofNullable(review), document.section(section)));
            return this;
        }

        /** The movement's two phases, 2023-2025 (mid-term review) and 2026-2030 (final review), as the plan states them. */
        public Builder movementPhases(String firstSection, String secondSection) {
            phase(Text.of("Giai đoạn 1 (2023 - 2025)", "Phase 1 (2023-2025)"), LocalDate.of(2023, 1, 1),
                    LocalDate.of(2025, 12, 31), Occasion.MIDTERM_REVIEW, firstSection);
            return phase(Text.of("Giai đoạn 2 (2026 - 2030)", "Phase 2 (2026-2030)"), LocalDate.of(2026, 1, 1),
                    LocalDate.of(2030, 12, 31), Occasion.FINAL_REVIEW, secondSection);
        }

        /** The same forms at the mid-term and the final review. */
        public Builder reviewForms(String section, AwardForm... forms) {
            forms(Occasion.MIDTERM_REVIEW, section, forms);
            return forms(Occasion.FINAL_REVIEW, section, forms);
        }

        /** The award forms the plan offers on the occasion (plan section). */
        public Builder forms(Occasion occasion, String section, AwardForm... forms) {
            occasions.add(new OccasionForms(occasion, Set.of(forms), document.section(section)));
            return this;
        }

        /** Forms the plan offers at the occasion only in the given years (a plan for one year or school year). */
        public Builder formsInYears(Occasion occasion, String section, Set<Integer> years, AwardForm... forms) {
            occasions.add(new OccasionForms(occasion, Set.of(forms), document.section(section), years));
            return this;
        }

        /** Sets or adds {@code category}; returns this builder. */
        public Builder category(SubjectCategory category) {
            categories.add(category);
            return this;
        }

        /** A quota of {@code min}..{@code max} awards of the form on the occasion (plan section). */
        public Builder quota(Occasion occasion, AwardForm form, int min, int max, String section) {
            quotas.add(new Quota(occasion, form, min, max, document.section(section)));
            return this;
        }

        /** Sets or adds {@code deadline}; returns this builder. */
        public Builder deadline(Deadline deadline) {
            deadlines.add(deadline);
            return this;
        }

        /** Sets or adds {@code dossier}; returns this builder. */
        public Builder dossier(DossierRequirement requirement) {
            dossier.add(requirement);
            return this;
        }

        /** A note of the plan (plan section). */
        public Builder note(Text text, String section) {
            notes.add(new PlanNote(text, document.section(section)));
            return this;
        }

        /** The immutable {@code MovementPlan}; invalid values throw {@code InvalidInputException}. */
        public MovementPlan build() {
            return new MovementPlan(id, title, issuer, document, jurisdiction, phases, occasions, categories, quotas,
                    deadlines, dossier, principles, notes);
        }
    }
}
