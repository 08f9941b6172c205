package io.github.xhht.core.eval;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.ProblemCode;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.Dossier;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The schemes a caller works with, by id: evaluates any dossier with the scheme it names. Immutable.
 *
 * <pre>{@code
 * Schemes schemes = Schemes.of(Tt25.scheme(), Tt24.scheme());
 * Decision decision = schemes.evaluate(dossier, LocalDate.of(2025, 3, 31), Interpretations.defaults());
 * }</pre>
 *
 * @param byId the schemes by id
 */
public record Schemes(Map<String, Scheme> byId) {
    public Schemes {
        byId = Map.copyOf(byId);
    }

    /** A registry of the schemes; ids must be unique. */
    public static Schemes of(Scheme... schemes) {
        Map<String, Scheme> map = new LinkedHashMap<>();
        for (Scheme scheme : schemes) {
            if (map.put(scheme.id(), scheme) != null) {
                throw new IllegalArgumentException("scheme id used twice: " + scheme.id());
            }
        }
        return new Schemes(map);
    }

    /** Every scheme. */
    public Collection<Scheme> all() {
        return byId.values().stream().sorted(java.util.Comparator.comparing(Scheme::id)).toList();
    }

    /** The scheme with this id. @throws InvalidInputException naming {@code /scheme} if unknown */
    public Scheme get(String id) {
        Objects.requireNonNull(id, "id");
        Scheme scheme = byId.get(id);
        if (scheme == null) {
            throw InvalidInputException.at("/scheme", ProblemCode.UNKNOWN_SCHEME, id,
                    String.join(", ", all().stream().map(Scheme::id).toList()));
        }
        return scheme;
    }

    /** Evaluates the dossier with the scheme it names; an unknown scheme is an input error at {@code /scheme}. */
    public Decision evaluate(Dossier dossier, LocalDate asOf, Interpretations interpretations) {
        return get(dossier.scheme()).evaluate(dossier, asOf, interpretations);
    }

    /** The verdict (without the explanation) with the scheme the dossier names. */
    public Verdict verdict(Dossier dossier, LocalDate asOf, Interpretations interpretations) {
        return get(dossier.scheme()).verdict(dossier, asOf, interpretations);
    }

    /** All rule sets of all schemes. */
    public List<RuleSet> ruleSets() {
        return all().stream().flatMap(s -> s.ruleSets().stream()).toList();
    }
}
