package io.github.xhht.awards.nomination;

import io.github.xhht.awards.AwardDocuments;
import io.github.xhht.awards.LearningTitle;
import io.github.xhht.awards.plan.Deadline;
import io.github.xhht.awards.plan.DossierDocument;
import io.github.xhht.awards.plan.DossierRequirement;
import io.github.xhht.awards.plan.MovementPlan;
import io.github.xhht.awards.plan.OccasionForms;
import io.github.xhht.awards.plan.Principle;
import io.github.xhht.awards.plan.Standard;
import io.github.xhht.awards.plan.SubjectCategory;
import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.ProblemCode;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.i18n.Messages;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.law.Interpretation;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.lifecycle.Validity;
import io.github.xhht.core.model.AwardRecord;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.model.PendingProceeding;
import io.github.xhht.core.model.Recognition;
import io.github.xhht.core.model.TitleRecord;
import io.github.xhht.core.rule.Outcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks of a single nomination against a plan, as of the day it is considered: the form is offered
 * at the occasion, the subject meets its category's standards, the achievement was not already rewarded
 * (PR-1), no proceeding is pending (PR-2), registration (PR-5, where the plan states it), the deadline and
 * the dossier. A pure function; the slate's cross-checks are in {@link SlateChecks}.
 */
public final class NominationChecks {
    private NominationChecks() {
    }

    /** Checks the nomination against the plan as of the date, under the interpretations. */
    public static Eligibility check(MovementPlan plan, Nomination nomination, LocalDate asOf, Interpretations interpretations) {
        String prefix = "plan." + plan.id() + ".";
        List<Check> checks = new ArrayList<>();
        checks.add(occasionForm(plan, nomination, prefix));
        checks.addAll(standards(plan, nomination, asOf, interpretations, prefix));
        checks.add(notAlreadyAwarded(plan, nomination, prefix));
        checks.add(noPendingProceeding(plan, nomination, asOf, prefix));
        if (!plan.principle(Principle.REGISTRATION).isEmpty()) {
            checks.add(registration(plan, nomination, prefix));
        }
        checks.add(deadline(plan, nomination, prefix));
        checks.add(dossier(plan, nomination, asOf, prefix));
        return Eligibility.of(nomination.id(), checks);
    }

    /** The year a nomination belongs to: the review's year, or for annual awards the year its achievement ends. */
    static int year(Nomination nomination) {
        return nomination.occasion().reviewYear().orElse(nomination.achievement().to().getYear());
    }

    private static Check occasionForm(MovementPlan plan, Nomination n, String prefix) {
        Text label = Text.of("Hình thức khen thưởng có trong kế hoạch cho dịp khen thưởng",
                "The form is offered by the plan at the occasion");
        Optional<OccasionForms> offered = plan.formsAt(n.occasion());
        if (offered.isEmpty()) {
            return Check.of(prefix + "occasion-form", label, List.of(plan.document().whole()), Outcome.NOT_MET,
                    AwardReason.of(AwardReasonCode.OCCASION_NOT_IN_PLAN, n.occasion().label()));
        }
        OccasionForms o = offered.get();
        if (!o.offeredIn(year(n))) {
            String years = o.years().stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
            return Check.of(prefix + "occasion-form", label, List.of(o.citation()), Outcome.NOT_MET,
                    AwardReason.of(AwardReasonCode.OCCASION_NOT_IN_YEAR, n.occasion().label(), String.valueOf(year(n)), years));
        }
        if (!o.forms().contains(n.form())) {
            Text forms = labels(o.forms().stream().sorted().map(f -> f.label()).toList());
            return Check.of(prefix + "occasion-form", label, List.of(o.citation()), Outcome.NOT_MET,
                    AwardReason.of(AwardReasonCode.FORM_NOT_OFFERED, n.form().label(), n.occasion().label(), forms));
        }
        return Check.of(prefix + "occasion-form", label, List.of(o.citation()), Outcome.MET,
                AwardReason.of(AwardReasonCode.FORM_OFFERED, n.form().label(), n.occasion().label()));
    }

    private static List<Check> standards(MovementPlan plan, Nomination n, LocalDate asOf, Interpretations interp,
                                         String prefix) {
        if (plan.categories().isEmpty()) {
            return List.of();
        }
        Text label = Text.of("Đối tượng khen thưởng thuộc một nhóm đối tượng của kế hoạch",
                "The subject belongs to one of the plan's kinds of subject");
        SubjectCategory category;
        if (n.category().isPresent()) {
            String id = n.category().get();
            category = plan.category(id).orElseThrow(() -> InvalidInputException.at("/category", ProblemCode.UNKNOWN_VALUE,
                    id, plan.categories().stream().map(SubjectCategory::id).collect(Collectors.joining(", "))));
            if (!category.kinds().contains(n.subject().kind())) {
                return List.of(Check.of(prefix + "category", label, List.of(category.citation()), Outcome.NOT_MET,
                        AwardReason.of(AwardReasonCode.CATEGORY_KIND_MISMATCH, n.subject().kind().label(), category.label())));
            }
        } else {
            List<SubjectCategory> all = plan.categories().stream()
                    .filter(c -> c.kinds().contains(n.subject().kind())).toList();
            // the most specific categories win: a commune is a "commune", not one of the plan's "others"
            int fewest = all.stream().mapToInt(c -> c.kinds().size()).min().orElse(0);
            List<SubjectCategory> fitting = all.stream().filter(c -> c.kinds().size() == fewest).toList();
            if (fitting.isEmpty()) {
                return List.of(Check.of(prefix + "category", label, List.of(plan.document().whole()), Outcome.NOT_APPLICABLE,
                        AwardReason.of(AwardReasonCode.NO_CATEGORY_FOR_KIND, n.subject().kind().label())));
            }
            if (fitting.size() > 1) {
                return List.of(Check.of(prefix + "category", label, fitting.stream().map(SubjectCategory::citation).toList(),
                        Outcome.UNKNOWN, AwardReason.of(AwardReasonCode.CATEGORY_NOT_GIVEN,
                                fitting.stream().map(SubjectCategory::id).collect(Collectors.joining(", ")))));
            }
            category = fitting.get(0);
        }
        List<Check> checks = new ArrayList<>();
        checks.add(Check.of(prefix + "category", label, List.of(category.citation()), Outcome.MET,
                AwardReason.of(AwardReasonCode.CATEGORY_FITS, category.label())));
        for (Standard s : category.standards()) {
            checks.add(standard(s, n, asOf, interp));
        }
        return checks;
    }

    private static Check standard(Standard s, Nomination n, LocalDate asOf, Interpretations interp) {
        if (!s.appliesTo(n.form())) {
            return Check.of(s.id(), s.label(), List.of(s.citation()), Outcome.NOT_APPLICABLE,
                    AwardReason.of(AwardReasonCode.STANDARD_NOT_FOR_FORM, n.form().label(), s.fromForm().label()));
        }
        if (s instanceof Standard.HoldsRecognition r) {
            return recognition(r, n, asOf, interp);
        }
        return title((Standard.HoldsTitle) s, n, asOf);
    }

    private static Check recognition(Standard.HoldsRecognition r, Nomination n, LocalDate asOf, Interpretations interp) {
        List<Citation> cites = List.of(r.citation());
        List<Interpretation> i3 = List.of(Interpretation.I_3);
        if (r.tier().isPresent()) {
            if (n.subject().tier().isEmpty()) {
                return new Check(r.id(), r.label(), cites, Outcome.UNKNOWN,
                        AwardReason.of(AwardReasonCode.TIER_ABSENT, r.tier().get().label()), List.of());
            }
            if (n.subject().tier().get() != r.tier().get()) {
                return new Check(r.id(), r.label(), cites, Outcome.NOT_MET,
                        AwardReason.of(AwardReasonCode.TIER_OTHER, n.subject().tier().get().label(), r.tier().get().label()), List.of());
            }
        }
        Optional<Recognition> held = n.history().recognitions().stream()
                .filter(rec -> rec.scheme().equals(r.scheme()) && Validity.validOn(rec, asOf, interp))
                .max(Comparator.comparing(Recognition::level).thenComparing(Recognition::decisionDate));
        if (held.isEmpty()) {
            return new Check(r.id(), r.label(), cites, Outcome.NOT_MET,
                    AwardReason.of(AwardReasonCode.RECOGNITION_NOT_HELD, schemeLabel(r.scheme()), asOf), i3);
        }
        Level level = held.get().level();
        return new Check(r.id(), r.label(), cites, Outcome.MET, AwardReason.of(AwardReasonCode.RECOGNITION_HELD,
                schemeLabel(r.scheme()), level.label(), asOf, Validity.lastValidDay(held.get(), interp)), i3);
    }

    private static Text schemeLabel(String scheme) {
        return switch (scheme) {
            case "tt24" -> Text.of("Đơn vị học tập", "Learning Unit");
            case "tt25" -> Text.of("Cộng đồng học tập", "Learning Community");
            default -> Text.of(scheme, scheme);
        };
    }

    private static Check title(Standard.HoldsTitle t, Nomination n, LocalDate asOf) {
        int first = n.achievement().from().getYear();
        int last = asOf.getYear();
        LearningTitle title = t.title();
        Optional<TitleRecord> held = n.history().titles().stream()
                .filter(r -> r.title().equals(title.code()) && r.year() >= first && r.year() <= last
                        && !r.decisionDate().isAfter(asOf))
                .reduce((a, b) -> b);
        List<Citation> cites = List.of(t.citation(), title.citation());
        if (held.isEmpty()) {
            return Check.of(t.id(), t.label(), cites, Outcome.NOT_MET,
                    AwardReason.of(AwardReasonCode.TITLE_NOT_HELD, title.label(), first, last));
        }
        return Check.of(t.id(), t.label(), cites, Outcome.MET,
                AwardReason.of(AwardReasonCode.TITLE_HELD, title.label(), held.get().year()));
    }

    private static Check notAlreadyAwarded(MovementPlan plan, Nomination n, String prefix) {
        Text label = Principle.ONE_FORM_PER_ACHIEVEMENT.label();
        List<Citation> cites = plan.principle(Principle.ONE_FORM_PER_ACHIEVEMENT);
        for (AwardRecord past : n.history().awards()) {
            if (past.achievementId().equals(n.achievement().id())) {
                return Check.of(prefix + "pr1", label, cites, Outcome.NOT_MET,
                        AwardReason.of(AwardReasonCode.ALREADY_AWARDED, n.achievement().id(), formLabel(past.form()),
                                past.decisionDate()));
            }
        }
        return Check.of(prefix + "pr1", label, cites, Outcome.MET,
                AwardReason.of(AwardReasonCode.NOT_YET_AWARDED, n.achievement().id()));
    }

    private static Object formLabel(String code) {
        for (var f : io.github.xhht.awards.AwardForm.values()) {
            if (f.code().equals(code)) {
                return f.label();
            }
        }
        return code;
    }

    private static Check noPendingProceeding(MovementPlan plan, Nomination n, LocalDate asOf, String prefix) {
        Text label = Principle.NO_PENDING_PROCEEDING.label();
        List<Citation> cites = decreeInForce(plan.principle(Principle.NO_PENDING_PROCEEDING), asOf);
        // no award on the day considered, and no proposal on the day submitted
        Set<LocalDate> dates = new LinkedHashSet<>();
        n.submittedOn().ifPresent(dates::add);
        dates.add(asOf);
        for (LocalDate date : dates) {
            for (PendingProceeding p : n.proceedings()) {
                if (p.pendingOn(date)) {
                    return Check.of(prefix + "pr2", label, cites, Outcome.NOT_MET,
                            AwardReason.of(AwardReasonCode.PENDING_PROCEEDING, p.kind().label(), p.openedOn(), date));
                }
            }
        }
        return Check.of(prefix + "pr2", label, cites, Outcome.MET, AwardReason.of(AwardReasonCode.NO_PENDING_PROCEEDING,
                Text.of(dateList(dates, Lang.VI), dateList(dates, Lang.EN))));
    }

    // each date as its language writes it (vi dd/MM/yyyy), not LocalDate.toString() inside Vietnamese text
    private static String dateList(Set<LocalDate> dates, Lang lang) {
        Messages messages = Messages.of(lang);
        return dates.stream().map(messages::render).collect(Collectors.joining(", "));
    }

    /** Decree 98/2023 until 30 June 2025, Decree 152/2025 from 1 July 2025 (Art. 59): cite the one in force. */
    static List<Citation> decreeInForce(List<Citation> cites, LocalDate asOf) {
        boolean newDecree = !asOf.isBefore(DECREE_152_IN_FORCE);
        return cites.stream().filter(c -> !(c.document().equals(AwardDocuments.DECREE_152_2025) && !newDecree)
                && !(c.document().equals(AwardDocuments.DECREE_98_2023) && newDecree)).toList();
    }

    private static final LocalDate DECREE_152_IN_FORCE = LocalDate.of(2025, 7, 1);

    private static Check registration(MovementPlan plan, Nomination n, String prefix) {
        Text label = Principle.REGISTRATION.label();
        List<Citation> cites = new ArrayList<>(plan.principle(Principle.REGISTRATION));
        Optional<Deadline> deadline = plan.registrationDeadline();
        deadline.ifPresent(d -> cites.add(d.citation()));
        if (n.registeredOn().isEmpty()) {
            return Check.of(prefix + "pr5", label, cites, Outcome.UNKNOWN, AwardReason.of(AwardReasonCode.REGISTRATION_ABSENT));
        }
        LocalDate on = n.registeredOn().get();
        if (deadline.isPresent() && !deadline.get().inTime(on, on.getYear())) {
            return Check.of(prefix + "pr5", label, cites, Outcome.NOT_MET,
                    AwardReason.of(AwardReasonCode.REGISTERED_LATE, on, deadline.get().dueIn(on.getYear())));
        }
        return Check.of(prefix + "pr5", label, cites, Outcome.MET, AwardReason.of(AwardReasonCode.REGISTERED, on));
    }

    private static Check deadline(MovementPlan plan, Nomination n, String prefix) {
        Text label = Text.of("Hồ sơ gửi trong thời hạn của kế hoạch", "The dossier is sent within the plan's deadline");
        int year = year(n);
        Optional<Deadline> deadline = plan.nominationDeadline(n.occasion())
                .filter(d -> d.fixed().map(f -> f.getYear() == year).orElse(true));
        if (deadline.isEmpty()) {
            return Check.of(prefix + "deadline", label, List.of(plan.document().whole()), Outcome.NOT_APPLICABLE,
                    AwardReason.of(AwardReasonCode.NO_DEADLINE_STATED, n.occasion().label(), year));
        }
        Deadline d = deadline.get();
        LocalDate due = d.dueIn(year);
        if (n.submittedOn().isEmpty()) {
            return Check.of(prefix + "deadline", d.what(), List.of(d.citation()), Outcome.UNKNOWN,
                    AwardReason.of(AwardReasonCode.SUBMISSION_DATE_ABSENT, due));
        }
        LocalDate on = n.submittedOn().get();
        return Check.of(prefix + "deadline", d.what(), List.of(d.citation()), Outcome.of(on.isBefore(due)),
                AwardReason.of(on.isBefore(due) ? AwardReasonCode.IN_TIME : AwardReasonCode.LATE, on, due));
    }

    private static Check dossier(MovementPlan plan, Nomination n, LocalDate asOf, String prefix) {
        Text label = Text.of("Hồ sơ đề nghị khen thưởng đầy đủ", "The nomination dossier is complete");
        Map<DossierDocument, List<Citation>> required = new EnumMap<>(DossierDocument.class);
        for (DossierRequirement r : plan.dossier()) {
            if (r.appliesTo(n.form(), n.basedOnInitiative(), asOf)) {
                required.computeIfAbsent(r.document(), d -> new ArrayList<>()).add(r.citation());
            }
        }
        List<Citation> cites = required.values().stream().flatMap(List::stream).distinct().toList();
        if (required.isEmpty()) {
            return Check.of(prefix + "dossier", label, List.of(plan.document().whole()), Outcome.NOT_APPLICABLE,
                    AwardReason.of(AwardReasonCode.NO_DOCUMENT_REQUIRED));
        }
        List<DossierDocument> missing = required.keySet().stream().filter(d -> !n.documents().contains(d)).toList();
        if (missing.isEmpty()) {
            return Check.of(prefix + "dossier", label, cites, Outcome.MET, AwardReason.of(AwardReasonCode.DOCUMENTS_COMPLETE));
        }
        return Check.of(prefix + "dossier", label, cites, Outcome.NOT_MET, AwardReason.of(AwardReasonCode.DOCUMENTS_MISSING,
                labels(missing.stream().map(DossierDocument::label).toList())));
    }

    /** Several labels joined into one text, each language on its own. */
    static Text labels(List<Text> texts) {
        return Text.of(texts.stream().map(Text::vi).collect(Collectors.joining("; ")),
                texts.stream().map(Text::en).collect(Collectors.joining("; ")));
    }
}
