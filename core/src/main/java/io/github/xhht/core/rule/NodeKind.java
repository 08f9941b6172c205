package io.github.xhht.core.rule;

/** What a node of a rule tree stands for. */
public enum NodeKind {
    LEVEL,
    CRITERION,
    INDICATOR,
    ALL_OF,
    ANY_OF,
    AT_LEAST,
    NOT,
    APPLIES_WHEN
}
