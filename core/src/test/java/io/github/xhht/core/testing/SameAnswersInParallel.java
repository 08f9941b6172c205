package io.github.xhht.core.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Asserts that computing answers 0..n-1 from many threads at once gives, for each, exactly what one
 * thread computing them in order gave. Answers are compared by their SHA-256, so a run of 100,000
 * whole decisions stays within memory.
 */
public final class SameAnswersInParallel {
    private SameAnswersInParallel() {
    }

    /**
     * @param count   how many answers
     * @param threads how many threads share the work in the parallel run (they start together)
     * @param answer  answer i as text: everything observable about item i
     * @param describe what to print for the item whose answers differ
     */
    public static void assertSame(int count, int threads, IntFunction<String> answer, IntFunction<String> describe)
            throws Exception {
        byte[][] sequential = new byte[count][];
        MessageDigest digest = sha256();
        for (int i = 0; i < count; i++) {
            sequential[i] = digest.digest(answer.apply(i).getBytes(StandardCharsets.UTF_8));
        }

        byte[][] parallel = new byte[count][];
        AtomicInteger next = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    MessageDigest own = sha256();
                    start.await();
                    int done = 0;
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        parallel[i] = own.digest(answer.apply(i).getBytes(StandardCharsets.UTF_8));
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
            assertEquals(count, total, "every item answered exactly once");
        } finally {
            pool.shutdownNow();
        }
        for (int i = 0; i < count; i++) {
            int index = i;
            assertArrayEquals(sequential[i], parallel[i], () -> "item " + index + " differs: " + describe.apply(index));
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
