package io.github.xhht.core.concurrency;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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
        byte[][] sequential = new byte[DOSSIERS][];
        MessageDigest digest = sha256();
        for (int i = 0; i < DOSSIERS; i++) {
            sequential[i] = outcome(i, digest);
        }

        byte[][] parallel = new byte[DOSSIERS][];
        AtomicInteger next = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                workers.add(pool.submit(() -> {
                    MessageDigest own = sha256();
                    start.await();
                    int done = 0;
                    for (int i = next.getAndIncrement(); i < DOSSIERS; i = next.getAndIncrement()) {
                        parallel[i] = outcome(i, own);
                        done++;
                    }
                    return done;
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> worker : workers) {
                total += worker.get();
            }
            assertEquals(DOSSIERS, total);
        } finally {
            pool.shutdownNow();
        }
        for (int i = 0; i < DOSSIERS; i++) {
            int index = i;
            assertArrayEquals(sequential[i], parallel[i], () -> "dossier " + index + " differs: " + ProbeDossiers.json(ProbeDossiers.seeded(index)));
        }
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

    /** Reads, evaluates and renders dossier i; the digest of everything observable. */
    private static byte[] outcome(int i, MessageDigest digest) {
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
        digest.reset();
        return digest.digest(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Mostly after the assessment year, one in ten before the probe rules came into force. */
    private static LocalDate asOf(int i) {
        return i % 10 == 0 ? ProbeScheme.IN_FORCE_FROM.minusDays(1) : LocalDate.of(2027, 2, 1);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
