package io.github.xhht.core.lifecycle;

import io.github.xhht.core.law.Interpretation;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.model.Recognition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * May this application go ahead? Checks the data year, the kind against the subject's recognitions on
 * the filing date, the level (I-4), the 12-month upgrade wait and the body filed with, and reports the
 * filing deadline.
 *
 * <p>Definitions. <b>First</b>: the subject has no recognition of the scheme decided by the filing date.
 * <b>Renewal</b> (công nhận lại): an earlier recognition exists and none is valid on the filing date —
 * "running the procedure again after the validity has expired" (TT 24 Art. 2(10)). <b>Upgrade</b>: a
 * valid Level 1 recognition and no valid Level 2 on the filing date, Level 2 requested, filed on or after
 * the same calendar day 12 months after the Level 1 decision ({@link #earliestUpgrade}).
 */
public final class Applications {
    private Applications() {
    }

    /**
     * The first day an upgrade may be filed: the Level 1 decision date plus 12 months ("at least 1 year
     * from the date of the Level 1 decision", TT 24 Art. 5(3), 11(3); TT 25 Art. 5(3), 10(3), 15(3)). A
     * decision of 29 February gives 28 February of the next year.
     */
    public static LocalDate earliestUpgrade(LocalDate level1Decision) {
        return level1Decision.plusMonths(12);
    }

    /** Whether an upgrade filed on the date respects the 12-month wait after the Level 1 decision. */
    public static boolean upgradeWaitOver(LocalDate level1Decision, LocalDate filedOn) {
        return !filedOn.isBefore(earliestUpgrade(level1Decision));
    }

    /**
     * The upgrade decisions of a history that came sooner than 12 months after the Level 1 decision they
     * build on (the latest Level 1 of the same scheme decided before them), or with no such Level 1: for an
     * auditor checking past decisions.
     */
    public static List<Recognition> earlyUpgrades(List<Recognition> recognitions) {
        List<Recognition> early = new ArrayList<>();
        for (Recognition upgrade : recognitions) {
            if (upgrade.kind() != io.github.xhht.core.model.RecognitionKind.UPGRADE) {
                continue;
            }
            Optional<Recognition> level1 = recognitions.stream()
                    .filter(r -> r.scheme().equals(upgrade.scheme()) && r.level() == Level.LEVEL_1
                            && r.decisionDate().isBefore(upgrade.decisionDate()))
                    .max(Comparator.comparing(Recognition::decisionDate));
            if (level1.isEmpty() || !upgradeWaitOver(level1.get().decisionDate(), upgrade.decisionDate())) {
                early.add(upgrade);
            }
        }
        return early;
    }

    /** Checks the application against the subject's recognitions, with the receiving body the law names. */
    public static Eligibility check(Application application, List<Recognition> recognitions,
                                    Interpretations interpretations) {
        return check(application, recognitions, interpretations, Authorities.Configuration.none());
    }

    /** Checks the application; {@code configuration} names receiving bodies for dates from 1 July 2025 (I-5). */
    public static Eligibility check(Application application, List<Recognition> recognitions,
                                    Interpretations interpretations, Authorities.Configuration configuration) {
        Track track = application.track();
        LocalDate filed = application.filedOn();
        List<CitedReason> refusals = new ArrayList<>();
        List<CitedReason> notes = new ArrayList<>();

        LocalDate dataEnd = application.dataPeriod().to();
        if (!filed.isAfter(dataEnd)) {
            refusals.add(CitedReason.of(CitedReason.Code.FILED_BEFORE_DATA_YEAR_ENDED, track.dataPeriodCitation(),
                    filed, dataEnd));
        }

        List<Recognition> earlier = recognitions.stream()
                .filter(r -> r.scheme().equals(track.scheme()) && !r.decisionDate().isAfter(filed))
                .sorted(Comparator.comparing(Recognition::decisionDate))
                .toList();
        RecognitionStatus standing = Validity.status(earlier, track, filed, interpretations);
        switch (application.kind()) {
            case FIRST -> first(application, standing, interpretations, refusals, notes);
            case RENEWAL -> renewal(application, standing, interpretations, refusals, notes);
            case UPGRADE -> upgrade(application, earlier, standing, interpretations, refusals, notes);
        }

        Authorities.Answer receiver = Authorities.receiver(track, filed, configuration);
        boolean unresolved = false;
        if (receiver.office().isEmpty()) {
            unresolved = true;
            notes.add(receiver.reason());
        } else if (!receiver.office().get().equals(application.filedWith())) {
            refusals.add(CitedReason.of(CitedReason.Code.FILED_WITH_OTHER_BODY, track.filingCitation(),
                    application.filedWith().name(), receiver.office().get().name()));
        } else {
            notes.add(receiver.reason());
        }

        List<CitedReason> reasons = new ArrayList<>(refusals);
        reasons.addAll(notes);
        Eligibility.Status status = !refusals.isEmpty() ? Eligibility.Status.REFUSED
                : unresolved ? Eligibility.Status.UNRESOLVED : Eligibility.Status.ALLOWED;
        DeadlineCheck filing = Deadlines.check(Deadlines.filing(track, application.assessmentYear()), filed);
        return new Eligibility(application, status, reasons, filing);
    }

    private static void first(Application application, RecognitionStatus standing, Interpretations interpretations,
                              List<CitedReason> refusals, List<CitedReason> notes) {
        Track track = application.track();
        switch (standing.state()) {
            case LEVEL_1, LEVEL_2 -> refusals.add(CitedReason.of(CitedReason.Code.ALREADY_RECOGNISED,
                    track.validityCitation(), standing.basis().orElseThrow().level().label(),
                    standing.lastValidDay().orElseThrow()).relyingOn(Interpretation.I_3));
            case EXPIRED -> refusals.add(CitedReason.of(CitedReason.Code.EARLIER_RECOGNITION_EXPIRED_FILE_AS_RENEWAL,
                    track.renewalCitation(), standing.basis().orElseThrow().level().label(),
                    standing.lastValidDay().orElseThrow()).relyingOn(Interpretation.I_3));
            case NONE -> notes.add(CitedReason.of(CitedReason.Code.FIRST_APPLICATION, track.filingCitation()));
        }
        if (application.level() == Level.LEVEL_2) {
            directLevel2(application, interpretations, refusals, notes);
        }
    }

    private static void renewal(Application application, RecognitionStatus standing, Interpretations interpretations,
                                List<CitedReason> refusals, List<CitedReason> notes) {
        Track track = application.track();
        switch (standing.state()) {
            case NONE -> refusals.add(CitedReason.of(CitedReason.Code.RENEWAL_WITHOUT_EARLIER_RECOGNITION,
                    track.renewalCitation()));
            case LEVEL_1, LEVEL_2 -> refusals.add(CitedReason.of(CitedReason.Code.RENEWAL_BEFORE_EXPIRY,
                    track.renewalCitation(), standing.basis().orElseThrow().level().label(),
                    standing.lastValidDay().orElseThrow()).relyingOn(Interpretation.I_3));
            case EXPIRED -> notes.add(CitedReason.of(CitedReason.Code.RENEWAL_AFTER_EXPIRY, track.renewalCitation(),
                    standing.basis().orElseThrow().level().label(),
                    standing.lastValidDay().orElseThrow()).relyingOn(Interpretation.I_3));
        }
        // a unit that held Level 2 asks for it again; otherwise Level 2 without Level 1 first is I-4's question
        boolean heldLevel2 = standing.basis().map(r -> r.level() == Level.LEVEL_2).orElse(false);
        if (application.level() == Level.LEVEL_2 && !heldLevel2) {
            directLevel2(application, interpretations, refusals, notes);
        }
    }

    private static void directLevel2(Application application, Interpretations interpretations,
                                     List<CitedReason> refusals, List<CitedReason> notes) {
        Track track = application.track();
        if (interpretations.directLevel2()) {
            notes.add(CitedReason.of(CitedReason.Code.DIRECT_LEVEL_2_ALLOWED, track.filingCitation(),
                    application.level().label()).relyingOn(Interpretation.I_4));
        } else {
            refusals.add(CitedReason.of(CitedReason.Code.DIRECT_LEVEL_2_REFUSED, track.upgradeCitation(),
                    application.level().label()).relyingOn(Interpretation.I_4));
        }
    }

    private static void upgrade(Application application, List<Recognition> earlier, RecognitionStatus standing,
                                Interpretations interpretations, List<CitedReason> refusals, List<CitedReason> notes) {
        Track track = application.track();
        if (application.level() != Level.LEVEL_2) {
            refusals.add(CitedReason.of(CitedReason.Code.UPGRADE_IS_TO_LEVEL_2, track.upgradeCitation(),
                    application.level().label()));
        }
        if (standing.state() == RecognitionStatus.State.LEVEL_2) {
            refusals.add(CitedReason.of(CitedReason.Code.UPGRADE_ALREADY_LEVEL_2, track.upgradeCitation(),
                    standing.lastValidDay().orElseThrow()).relyingOn(Interpretation.I_3));
            return;
        }
        LocalDate filed = application.filedOn();
        Optional<Recognition> level1 = earlier.stream()
                .filter(r -> r.level() == Level.LEVEL_1 && Validity.validOn(r, filed, interpretations))
                .max(Comparator.comparing(Recognition::decisionDate));
        if (level1.isEmpty()) {
            refusals.add(CitedReason.of(CitedReason.Code.UPGRADE_WITHOUT_LEVEL_1, track.upgradeCitation())
                    .relyingOn(Interpretation.I_3));
            return;
        }
        LocalDate decided = level1.get().decisionDate();
        LocalDate earliest = earliestUpgrade(decided);
        if (upgradeWaitOver(decided, filed)) {
            notes.add(CitedReason.of(CitedReason.Code.UPGRADE_AFTER_12_MONTHS, track.upgradeCitation(), decided, earliest)
                    .relyingOn(Interpretation.I_4));
        } else {
            refusals.add(CitedReason.of(CitedReason.Code.UPGRADE_TOO_EARLY, track.upgradeCitation(), decided, earliest, filed)
                    .relyingOn(Interpretation.I_4));
        }
    }
}
