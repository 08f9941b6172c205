package io.github.xhht.awards.nomination;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.ProblemCode;
import java.util.Objects;

/**
 * One link of the organisation's chain that a slate gives for PR-3 (seed 003 §III.2): the unit {@code id}
 * belongs to the unit {@code parentId}. It names units that are not themselves nominated, so that a
 * collective and its grandchild are seen as related when the unit between them is not in the slate.
 *
 * @param id       the unit's id, as a {@link io.github.xhht.core.model.Subject#id()} would give it
 * @param parentId the id of the unit it belongs to
 */
public record UnitLink(String id, String parentId) {
    public UnitLink {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(parentId, "parentId");
        if (id.isBlank()) {
            throw InvalidInputException.at("/id", ProblemCode.BLANK);
        }
        if (parentId.isBlank()) {
            throw InvalidInputException.at("/parentId", ProblemCode.BLANK);
        }
    }
}
