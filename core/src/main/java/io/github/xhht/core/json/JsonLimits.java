package io.github.xhht.core.json;

/**
 * The largest input the JSON reader accepts; going past one is a typed error naming the limit
 * ({@code LIMIT_EXCEEDED}), never an out-of-memory or a stack overflow.
 *
 * @param maxDocumentChars largest document, in characters
 * @param maxDepth         deepest nesting of objects and arrays
 * @param maxStringLength  longest string value
 * @param maxNumberLength  most characters in one number
 * @param maxFacts         most facts in one dossier
 * @param maxEvidence      most evidence items on one fact
 * @param maxListItems     most items in any other list (recognitions, constituents, proceedings, ...)
 */
public record JsonLimits(
        int maxDocumentChars,
        int maxDepth,
        int maxStringLength,
        int maxNumberLength,
        int maxFacts,
        int maxEvidence,
        int maxListItems) {

    public JsonLimits {
        if (maxDocumentChars < 2 || maxDepth < 4 || maxStringLength < 1 || maxNumberLength < 1
                || maxFacts < 0 || maxEvidence < 0 || maxListItems < 0) {
            throw new IllegalArgumentException("limits too small to read any dossier");
        }
    }

    /** 4 MiB, depth 32, strings of 10,000 characters, numbers of 40 characters, 1,000 facts, 100 evidence items, 100,000 list items. */
    public static JsonLimits defaults() {
        return new JsonLimits(4 * 1024 * 1024, 32, 10_000, 40, 1_000, 100, 100_000);
    }
}
