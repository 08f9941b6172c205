package io.github.xhht.core.model;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.ProblemCode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A disciplinary review, investigation, inspection or complaint concerning the subject.
 *
 * @param kind      what kind of proceeding
 * @param openedOn  the day it opened
 * @param closedOn  the day it closed, if it has
 * @param reference a document reference; may be empty
 */
public record PendingProceeding(ProceedingKind kind, LocalDate openedOn, Optional<LocalDate> closedOn, String reference) {
    public PendingProceeding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(closedOn, "closedOn");
        Objects.requireNonNull(reference, "reference");
        if (openedOn == null) {
            throw InvalidInputException.at("/openedOn", ProblemCode.JSON_MISSING_FIELD, "openedOn");
        }
        if (closedOn.isPresent() && closedOn.get().isBefore(openedOn)) {
            throw InvalidInputException.at("/closedOn", ProblemCode.END_BEFORE_START, closedOn.get(), openedOn);
        }
    }

    /** Open on the date: opened on or before it and not closed on or before it. */
    public boolean pendingOn(LocalDate date) {
        return !openedOn.isAfter(date) && closedOn.map(date::isBefore).orElse(true);
    }
}
