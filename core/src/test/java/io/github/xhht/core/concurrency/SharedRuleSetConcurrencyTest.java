package io.github.xhht.core.concurrency;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.error.XhhtException;
import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.eval.Scheme;
import io.github.xhht.core.eval.Status;
import io.github.xhht.core.fuzz.ProbeDossiers;
import io.github.xhht.core.fuzz.ProbeScheme;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.json.DecisionJson;
import io.github.xhht.core.json.DossierJson;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.testing.SameAnswersInParallel;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * One shared scheme, rule set and reader used from 8 threads on 100,000 generated dossiers gives, for
 * every dossier, exactly what the sequential run gave: the decision (its deep record hash, and for every
 * tenth dossier its whole JSON with every finding, reason and message in both languages), the verdict,
 * or the typed error's messages. Nothing is shared between
 * evaluations but the immutable rule set, so nothing may differ.
 */
class SharedRuleSetConcurrencyTest {
    private static final int DOSSIERS = 100_000;
    private static final int THREADS = 8;
    private static final int JSON_EVERY = 10;

    private static final Scheme SCHEME = ProbeScheme.scheme();
    private static final DossierJson READER = DossierJson.strict();

    @Test
    void eightThreadsGiveTheSequentialResultsForEveryDossier() throws Exception {
        SameAnswersInParallel.assertSame(DOSSIERS, THREADS, SharedRuleSetConcurrencyTest::outcome,
                i -> ProbeDossiers.json(ProbeDossiers.seeded(i)));
    }

    @Test
    void theGeneratedDossiersReachEveryKindOfAnswer() {
        // guards the test above against a generator that only ever produces errors or only one verdict
        boolean[] seen = new boolean[5];
        for (int i = 0; i < 2_000; i++) {
            try {
                Decision decision = SCHEME.evaluate(READER.read(ProbeDossiers.json(ProbeDossiers.seeded(i))), asOf(i), Interpretations.defaults());
                if (decision.status() == Status.NO_RULE_SET_IN_FORCE) {
                    seen[0] = true;
                } else {
                    seen[decision.highestLevel().map(l -> l.number()).orElse(0) + 1] = true;
                }
            } catch (XhhtException e) {
                seen[4] = true;
            }
        }
        for (int k = 0; k < seen.length; k++) {
            assertTrue(seen[k], "answer kind " + k + " never produced");
        }
    }

    /** Reads, evaluates and renders dossier i: everything observable. */
    private static String outcome(int i) {
        String text;
        try {
            Dossier dossier = READER.read(ProbeDossiers.json(ProbeDossiers.seeded(i)));
            LocalDate asOf = asOf(i);
            Decision decision = SCHEME.evaluate(dossier, asOf, Interpretations.defaults());
            // the record hash covers the whole finding tree; the full JSON of every tenth keeps the run affordable
            text = decision.hashCode() + "\n" + SCHEME.verdict(dossier, asOf, Interpretations.defaults())
                    + (i % JSON_EVERY == 0 ? "\n" + DecisionJson.writeLine(decision) : "");
        } catch (XhhtException e) {
            text = "error\n" + e.message(Lang.VI) + "\n" + e.message(Lang.EN);
        }
        return text;
    }

    /** Mostly after the assessment year, one in ten before the probe rules came into force. */
    private static LocalDate asOf(int i) {
        return i % 10 == 0 ? ProbeScheme.IN_FORCE_FROM.minusDays(1) : LocalDate.of(2027, 2, 1);
    }
}
