package io.github.xhht.core.model;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.ProblemCode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A document that backs a fact ("minh chứng"): a decision, a report, a plan, minutes.
 *
 * @param document    the document's number or reference, e.g. "15/QĐ-UBND"
 * @param issuer      who issued it; may be empty
 * @param date        the date of the document (required: evidence without a date is refused)
 * @param description what it shows; may be empty
 * @param sha256      the SHA-256 of the attached file, 64 lower-case hex digits, if attached
 */
public record Evidence(String document, String issuer, LocalDate date, String description, Optional<String> sha256) {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public Evidence {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(sha256, "sha256");
        if (date == null) {
            throw InvalidInputException.at("/date", ProblemCode.JSON_MISSING_FIELD, "date");
        }
        if (document.isBlank()) {
            throw InvalidInputException.at("/document", ProblemCode.BLANK);
        }
        if (sha256.isPresent() && !SHA256.matcher(sha256.get()).matches()) {
            throw InvalidInputException.at("/sha256", ProblemCode.INVALID_SHA256, sha256.get());
        }
    }

    /** Evidence without an attachment hash. */
    public static Evidence of(String document, String issuer, LocalDate date, String description) {
        return new Evidence(document, issuer, date, description, Optional.empty());
    }
}
