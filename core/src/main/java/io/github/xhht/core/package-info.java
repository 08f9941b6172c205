/**
 * xhht core: the immutable dossier model, the four-valued predicate algebra, evaluation with a full
 * explanation tree, legal citations, interpretations, messages in Vietnamese and English, and JSON.
 *
 * <p>Every evaluation is a pure function of a {@link io.github.xhht.core.model.Dossier} and an explicit
 * as-of date; nothing here reads a clock, keeps state between calls or performs I/O, except the JSON
 * reader and writer which work on the streams the caller gives them.
 */
package io.github.xhht.core;
