package io.github.xhht.core.model;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.ProblemCode;
import java.util.List;
import java.util.Objects;

/**
 * A member of the subject whose recognitions count toward it: a commune of a district, a district of a
 * province (TT 25 Art. 11(4)(a), 16(4)(a)).
 *
 * @param id           the member's id
 * @param name         the member's name
 * @param recognitions the member's recognition decisions
 */
public record Constituent(String id, String name, List<Recognition> recognitions) {
    public Constituent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (id.isBlank()) {
            throw InvalidInputException.at("/id", ProblemCode.BLANK);
        }
        recognitions = History.ofRecognitions(recognitions).recognitions();
    }
}
