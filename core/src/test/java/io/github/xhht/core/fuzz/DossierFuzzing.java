package io.github.xhht.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.XhhtException;
import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.eval.Scheme;
import io.github.xhht.core.eval.Schemes;
import io.github.xhht.core.eval.Status;
import io.github.xhht.core.eval.Verdict;
import io.github.xhht.core.error.Problem;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.i18n.Messages;
import io.github.xhht.core.json.DecisionJson;
import io.github.xhht.core.json.DossierJson;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.Dossier;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The fuzz oracle shared by every module: reads any bytes as a dossier and evaluates whatever the reader
 * accepts with the schemes given. The only exceptions allowed are the library's own typed errors
 * ({@link XhhtException}), and each must explain itself in both languages; anything else (a
 * NullPointerException, an ArithmeticException, a stack overflow, a missing message) propagates and is
 * a finding. Accepted dossiers must also survive a write/read round trip and give the same verdict
 * with and without the explanation tree.
 */
public final class DossierFuzzing {
    private static final DossierJson READER = DossierJson.strict();

    private DossierFuzzing() {
    }

    /** Checks one input against the schemes; returns the dossier when the reader accepted it, else null. */
    public static Dossier check(byte[] input, Schemes schemes) {
        Dossier fromBytes = readOrNull(() -> READER.read(new ByteArrayInputStream(input)));
        Dossier fromText = readOrNull(() -> READER.read(new String(input, StandardCharsets.UTF_8)));
        // the two entry points decode the same UTF-8 the same way, so they must agree
        assertEquals(fromText, fromBytes, "the byte and text readers disagree");
        if (fromText == null) {
            return null;
        }
        Dossier again = READER.read(READER.write(fromText));
        assertEquals(fromText, again, "a written dossier reads back differently");
        evaluate(fromText, schemes);
        return fromText;
    }

    /** Evaluates an accepted dossier on several as-of dates, with default and relaxed interpretations. */
    public static void evaluate(Dossier dossier, Schemes schemes) {
        Scheme scheme;
        try {
            scheme = schemes.get(dossier.scheme());
        } catch (InvalidInputException e) {
            explains(e);
            return;
        }
        List<LocalDate> dates = List.of(dossier.period().to().plusDays(30), dossier.period().from(), LocalDate.of(2000, 1, 1));
        for (LocalDate asOf : dates) {
            for (Interpretations interpretations : List.of(Interpretations.defaults(), Interpretations.defaults().withEvidenceRequired(false))) {
                try {
                    Decision decision = scheme.evaluate(dossier, asOf, interpretations);
                    Verdict verdict = scheme.verdict(dossier, asOf, interpretations);
                    assertEquals(decision.highestLevel(), verdict.highestLevel(), "decision and verdict disagree");
                    assertEquals(decision.status(), verdict.status(), "decision and verdict disagree on status");
                    DecisionJson.write(decision);
                    // every reason and requirement has a message in both languages; looking for "reason." in the
                    // output instead mistook input text (a subject id "a2triproblem.63383") for a leaked key
                    decision.levels().forEach(level -> level.finding().stream().forEach(f -> {
                        for (Lang lang : Lang.values()) {
                            assertTrue(Messages.of(lang).has("reason." + f.reason().code().name()), () -> "no message for " + f.reason());
                            assertTrue(Messages.of(lang).has("requirement." + f.requirement().code().name()), () -> "no message for " + f.requirement());
                        }
                    }));
                    if (decision.status() == Status.NO_RULE_SET_IN_FORCE) {
                        assertTrue(decision.levels().isEmpty(), "levels judged with no rule set in force");
                    }
                } catch (XhhtException e) {
                    explains(e);
                }
            }
        }
    }

    private static Dossier readOrNull(java.util.function.Supplier<Dossier> read) {
        try {
            return read.get();
        } catch (XhhtException e) {
            explains(e);
            return null;
        }
    }

    /** A typed error must name known problems and render in both languages. */
    public static void explains(XhhtException e) {
        for (Lang lang : Lang.values()) {
            assertFalse(e.message(lang).isBlank(), "blank message");
            if (e instanceof InvalidInputException invalid) {
                for (Problem problem : invalid.problems()) {
                    assertTrue(Messages.of(lang).has("problem." + problem.code().name()), () -> "no message for " + problem);
                    assertTrue(problem.pointer().isEmpty() || problem.pointer().startsWith("/"), () -> "not a JSON pointer: " + problem);
                }
            }
        }
    }
}
