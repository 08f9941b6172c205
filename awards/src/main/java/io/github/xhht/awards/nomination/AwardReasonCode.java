package io.github.xhht.awards.nomination;

/**
 * Stable codes for why a nomination check has its outcome. The message is {@code award.reason.<name>} in
 * the awards bundle; parameters are listed beside each constant.
 */
public enum AwardReasonCode {
    /** {0} the form, {1} the occasion. */
    FORM_OFFERED,
    /** {0} the form, {1} the occasion, {2} the forms offered. */
    FORM_NOT_OFFERED,
    /** {0} the occasion. */
    OCCASION_NOT_IN_PLAN,
    /** {0} the occasion, {1} the nomination's year, {2} the years the plan commends at it. */
    OCCASION_NOT_IN_YEAR,
    /** {0} the categories the subject's kind fits. */
    CATEGORY_NOT_GIVEN,
    /** {0} the subject's kind, {1} the category. */
    CATEGORY_KIND_MISMATCH,
    /** {0} the category. */
    CATEGORY_FITS,
    /** {0} the subject's kind: the plan sets no standards for it. */
    NO_CATEGORY_FOR_KIND,
    /** {0} the form, {1} the lowest form the standard applies to. */
    STANDARD_NOT_FOR_FORM,
    /** {0} the scheme, {1} the level held, {2} the date, {3} its last valid day. */
    RECOGNITION_HELD,
    /** {0} the scheme, {1} the date. */
    RECOGNITION_NOT_HELD,
    /** {0} the tier required. */
    TIER_ABSENT,
    /** {0} the subject's tier, {1} the tier required. */
    TIER_OTHER,
    /** {0} the title, {1} the year held. */
    TITLE_HELD,
    /** {0} the title, {1} the first year accepted, {2} the last. */
    TITLE_NOT_HELD,
    /** {0} the achievement. */
    NOT_YET_AWARDED,
    /** {0} the achievement, {1} the form already given, {2} the decision date. */
    ALREADY_AWARDED,
    /** {0} the dates checked. */
    NO_PENDING_PROCEEDING,
    /** {0} the proceeding, {1} opened on, {2} the date it was pending on. */
    PENDING_PROCEEDING,
    /** {0} the registration date. */
    REGISTERED,
    /** {0} the registration date, {1} the deadline (exclusive). */
    REGISTERED_LATE,
    /** The nomination gives no registration date. */
    REGISTRATION_ABSENT,
    /** {0} the submission date, {1} the deadline (exclusive). */
    IN_TIME,
    /** {0} the submission date, {1} the deadline (exclusive). */
    LATE,
    /** {0} the deadline (exclusive). */
    SUBMISSION_DATE_ABSENT,
    /** {0} the occasion, {1} the year. */
    NO_DEADLINE_STATED,
    /** The dossier holds every document required. */
    DOCUMENTS_COMPLETE,
    /** {0} the documents missing. */
    DOCUMENTS_MISSING,
    /** No document is required for this nomination. */
    NO_DOCUMENT_REQUIRED,
    /** {0} the achievement. */
    ONE_FORM_FOR_ACHIEVEMENT,
    /** {0} the achievement, {1} the other nominations of the same subject for it. */
    SEVERAL_FORMS_FOR_ACHIEVEMENT,
    /** {0} the achievement. */
    NO_COLLECTIVE_WITH_SUB_UNIT,
    /** {0} the achievement, {1} the related collectives nominated for it. */
    COLLECTIVE_WITH_SUB_UNIT,
    /** {0} the count, {1} the form, {2} the occasion, {3} the maximum. */
    QUOTA_WITHIN,
    /** {0} the count, {1} the form, {2} the occasion, {3} the maximum. */
    QUOTA_EXCEEDED,
    /** {0} the form, {1} the occasion: neither the plan nor the caller gives a quota. */
    QUOTA_NOT_GIVEN,
    /** {0} the form, {1} the occasion: the caller says there is no limit. */
    QUOTA_UNLIMITED
}
