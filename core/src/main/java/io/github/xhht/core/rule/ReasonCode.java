package io.github.xhht.core.rule;

/**
 * Stable codes for why a rule has its outcome. The message is {@code reason.<name>} in the core bundle;
 * parameters are listed beside each constant.
 */
public enum ReasonCode {
    /** The value meets the requirement. */
    SATISFIED,
    /** A qualitative condition reported as done, with evidence. */
    REPORTED_DONE,
    /** A qualitative condition reported as not done. */
    REPORTED_NOT_DONE,
    /** {0} observed share as count/of, {1} the percent required. */
    BELOW_THRESHOLD,
    /** {0} observed count, {1} the minimum. */
    COUNT_BELOW_MINIMUM,
    /** {0} observed level, {1} the minimum level. */
    LEVEL_BELOW_MINIMUM,
    /** {0} the title held, {1} the lowest title accepted. */
    TITLE_BELOW_MINIMUM,
    /** {0} previous, {1} current. */
    NOT_INCREASED,
    /** {0} previous, {1} current. */
    NOT_DECREASED,
    /** The value meets the requirement but no evidence backs it (I-7). */
    NO_EVIDENCE,
    /** {0} the fact's label: the dossier does not give the value. */
    VALUE_ABSENT,
    /** {0} the condition of applicability that the subject does not satisfy. */
    NOT_APPLICABLE_TO_SUBJECT,
    /** All parts that apply are met. */
    ALL_PARTS_MET,
    /** {0} the ids of the parts not met. */
    PARTS_NOT_MET,
    /** {0} the ids of the parts whose outcome is unknown. */
    PARTS_UNKNOWN,
    /** {0} the ids of the parts that are met. */
    ONE_PART_MET,
    /** No part applies. */
    NO_PART_APPLIES,
    /** {0} parts met, {1} parts required. */
    TOO_FEW_PARTS_MET,
    /** {0} parts met, {1} parts required. */
    ENOUGH_PARTS_MET,
    /** {0} parts met, {1} parts unknown, {2} parts required. */
    TOO_FEW_KNOWN,
    /** The negated rule's outcome was reversed. */
    NEGATED,
    /** {0} a free explanation from the rule (Text). */
    EXPLAINED
}
