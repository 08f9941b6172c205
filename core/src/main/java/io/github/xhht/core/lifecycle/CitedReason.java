package io.github.xhht.core.lifecycle;

import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.law.Interpretation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One reason of a procedural answer: a stable code with its parameters, the article it rests on and the
 * interpretations it relied on. Rendered from the lifecycle message bundle ({@code lifecycle.<code>}).
 *
 * @param code            what the reason says
 * @param args            its parameters (strings, numbers, dates, {@link io.github.xhht.core.i18n.Text})
 * @param citation        the article it rests on, if any
 * @param interpretations the interpretations (law/README.md) it relied on
 */
public record CitedReason(Code code, List<Object> args, Optional<Citation> citation,
                          List<Interpretation> interpretations) {

    /** The kinds of reason; parameters beside each. */
    public enum Code {
        /** {0} filing date, {1} last day of the assessment year. */
        FILED_BEFORE_DATA_YEAR_ENDED,
        /** A first application, no earlier recognition in the scheme. */
        FIRST_APPLICATION,
        /** {0} level requested: a first applicant may ask for Level 2 directly (I-4). */
        DIRECT_LEVEL_2_ALLOWED,
        /** {0} level requested: the caller's reading of I-4 keeps Level 2 for upgrades. */
        DIRECT_LEVEL_2_REFUSED,
        /** {0} level held, {1} last valid day. */
        ALREADY_RECOGNISED,
        /** {0} level of the earlier recognition, {1} its last valid day. */
        EARLIER_RECOGNITION_EXPIRED_FILE_AS_RENEWAL,
        /** No earlier recognition in the scheme to renew. */
        RENEWAL_WITHOUT_EARLIER_RECOGNITION,
        /** {0} level held, {1} last valid day. */
        RENEWAL_BEFORE_EXPIRY,
        /** {0} level of the expired recognition, {1} its last valid day. */
        RENEWAL_AFTER_EXPIRY,
        /** {0} level requested. */
        UPGRADE_IS_TO_LEVEL_2,
        /** No valid Level 1 recognition on the filing date. */
        UPGRADE_WITHOUT_LEVEL_1,
        /** {0} last valid day of the Level 2 already held. */
        UPGRADE_ALREADY_LEVEL_2,
        /** {0} Level 1 decision date, {1} first day an upgrade may be filed, {2} filing date. */
        UPGRADE_TOO_EARLY,
        /** {0} Level 1 decision date, {1} first day an upgrade may be filed. */
        UPGRADE_AFTER_12_MONTHS,
        /** {0} the body filed with, {1} the body the law names. */
        FILED_WITH_OTHER_BODY,
        /** {0} the office the law names, {1} the date. */
        OFFICE_UNRESOLVED,
        /** {0} the office. */
        OFFICE_BY_LAW,
        /** {0} the date, {1} the day the circular took effect. */
        LAW_NOT_IN_FORCE,
        /** {0} the office, {1} the office the law named. */
        OFFICE_CONFIGURED,
        /** {0} the date. */
        NOT_RECOGNISED,
        /** {0} level, {1} decision date, {2} last valid day. */
        RECOGNISED,
        /** {0} level, {1} last valid day. */
        RECOGNITION_EXPIRED,
        /** {0} the date, {1} the deadline ("before"), {2} the last day in time. */
        IN_TIME,
        /** {0} the date, {1} the deadline, {2} the last day in time, {3} days late. */
        LATE,
        /** {0} the year without a holiday list. */
        WORKING_DAYS_UNKNOWN,
        /** {0} the document. */
        DOCUMENT_MISSING,
        /** Every document the article lists is there. */
        DOCUMENTS_COMPLETE,
        /** {0} members. */
        COUNCIL_EVEN,
        /** {0} members, {1} the minimum. */
        COUNCIL_TOO_SMALL,
        /** {0} members. */
        COUNCIL_SIZE_MET,
        /** The article sets no size for this council. */
        COUNCIL_SIZE_NOT_SET,
        /** {0} the role. */
        COUNCIL_ROLE_MISSING,
        /** {0} the representation. */
        COUNCIL_REPRESENTATION_MISSING,
        /** Every role and representation the article names is there. */
        COUNCIL_COMPOSITION_MET,
        /** {0} the level not met. */
        REJECTED
    }

    public CitedReason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(citation, "citation");
        args = List.copyOf(args);
        interpretations = List.copyOf(interpretations);
    }

    /** A reason resting on an article. */
    public static CitedReason of(Code code, Citation citation, Object... args) {
        return new CitedReason(code, List.of(args), Optional.of(citation), List.of());
    }

    /** The same reason, noting an interpretation it relied on. */
    public CitedReason relyingOn(Interpretation interpretation) {
        List<Interpretation> all = new java.util.ArrayList<>(interpretations);
        if (!all.contains(interpretation)) {
            all.add(interpretation);
        }
        return new CitedReason(code, args, citation, all);
    }

    /** The reason in words, followed by its citation and interpretations in brackets. */
    public String message(Lang lang) {
        StringBuilder out = new StringBuilder(LifecycleMessages.of(lang).format("lifecycle." + code.name(), args));
        citation.ifPresent(c -> out.append(" (").append(c.render(lang)).append(')'));
        if (!interpretations.isEmpty()) {
            out.append(" [");
            for (int i = 0; i < interpretations.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(interpretations.get(i).id());
            }
            out.append(']');
        }
        return out.toString();
    }
}
