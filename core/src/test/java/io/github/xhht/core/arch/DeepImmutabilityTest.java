package io.github.xhht.core.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.eval.Scheme;
import io.github.xhht.core.fuzz.ProbeDossiers;
import io.github.xhht.core.fuzz.ProbeScheme;
import io.github.xhht.core.json.DossierJson;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.Dossier;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The run-time half of "no shared mutable state": walks every object reachable from a rule set, a
 * dossier and a decision and proves each is immutable: library objects and captured lambdas have only
 * final fields, every collection refuses to be changed, and nothing else but known immutable JDK values
 * (strings, numbers, dates, enums, Optional) is reachable. ArchUnit ({@link ImmutabilityRulesTest})
 * proves the same of the declared types; this proves it of the real objects, lambdas included.
 */
class DeepImmutabilityTest {
    private static final Set<Class<?>> JDK_VALUES = Set.of(String.class, Integer.class, Long.class, Boolean.class,
            Character.class, Short.class, Byte.class, Double.class, Float.class, BigDecimal.class, BigInteger.class,
            LocalDate.class, Class.class);

    @Test
    void theProbeRuleSetIsDeeplyImmutable() {
        List<String> reached = walk(ProbeScheme.scheme());
        assertTrue(reached.size() > 200, () -> "walked too little to prove anything: " + reached.size());
    }

    @Test
    void dossiersAndDecisionsAreDeeplyImmutable() {
        Scheme scheme = ProbeScheme.scheme();
        int decisions = 0;
        for (int i = 0; i < 200; i++) {
            Dossier dossier;
            try {
                dossier = DossierJson.strict().read(ProbeDossiers.json(ProbeDossiers.seeded(i)));
                walk(dossier);
                Decision decision = scheme.evaluate(dossier, LocalDate.of(2027, 2, 1), Interpretations.defaults());
                walk(decision);
                decisions++;
            } catch (io.github.xhht.core.error.XhhtException expected) {
                walk(expected.getMessage());
            }
        }
        assertTrue(decisions > 100, "too few decisions walked: " + decisions);
    }

    @Test
    void theWalkerCatchesMutableState() {
        // the walker must be able to fail, or the two tests above prove nothing
        record Holder(List<String> names) {
        }
        assertThrows(AssertionError.class, () -> walk(new Holder(new ArrayList<>(List.of("a")))));
        assertThrows(AssertionError.class, () -> walk(new Object() {
            private int counter;

            @Override
            public String toString() {
                return "mutable " + counter++;
            }
        }));
        assertThrows(AssertionError.class, () -> walk(List.of(new int[] {1})));
        assertEquals(1, walk(List.of("a")).stream().filter(s -> s.startsWith("String")).count());
    }

    /** Walks the object graph; fails at the first mutable thing; returns what it reached. */
    static List<String> walk(Object root) {
        List<String> reached = new ArrayList<>();
        visit(root, "root", new IdentityHashMap<>(), reached);
        return reached;
    }

    private static void visit(Object o, String path, IdentityHashMap<Object, Boolean> seen, List<String> reached) {
        if (o == null || seen.put(o, Boolean.TRUE) != null) {
            return;
        }
        Class<?> c = o.getClass();
        reached.add(c.getSimpleName() + " at " + path);
        if (JDK_VALUES.contains(c) || c.isEnum() || c.getSuperclass() != null && c.getSuperclass().isEnum()) {
            return;
        }
        if (c.isArray()) {
            fail("array at " + path + ": arrays cannot be made read-only");
        }
        if (o instanceof Optional<?> optional) {
            visit(optional.orElse(null), path + ".get()", seen, reached);
            return;
        }
        if (o instanceof Collection<?> collection) {
            refusesChange(() -> collection.add(null), path);
            refusesChange(() -> collection.removeIf(x -> true), path);
            int i = 0;
            for (Object element : collection) {
                visit(element, path + "[" + i++ + "]", seen, reached);
            }
            return;
        }
        if (o instanceof Map<?, ?> map) {
            refusesChange(() -> map.put(null, null), path);
            refusesChange(map::clear, path);
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                visit(entry.getKey(), path + ".key", seen, reached);
                visit(entry.getValue(), path + "[" + entry.getKey() + "]", seen, reached);
            }
            return;
        }
        if (c.getName().startsWith("java.") || c.getName().startsWith("javax.") || c.getName().startsWith("jdk.")) {
            fail("JDK type " + c.getName() + " at " + path + " is not known to be immutable");
        }
        for (Class<?> k = c; k != null && k != Object.class && k != Record.class && k != Throwable.class
                && k != RuntimeException.class && k != Exception.class; k = k.getSuperclass()) {
            for (Field field : k.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                String where = path + "." + field.getName();
                if (!Modifier.isFinal(field.getModifiers())) {
                    fail("non-final field " + k.getName() + "." + field.getName() + " at " + where);
                }
                field.setAccessible(true);
                try {
                    visit(field.get(o), where, seen, reached);
                } catch (IllegalAccessException e) {
                    fail("cannot read " + where + ": " + e);
                }
            }
        }
    }

    private static void refusesChange(Runnable change, String path) {
        try {
            change.run();
        } catch (UnsupportedOperationException refused) {
            return;
        } catch (RuntimeException other) {
            fail("collection at " + path + " answered a change with " + other + " instead of refusing it");
        }
        fail("collection at " + path + " can be changed");
    }
}
