package io.github.xhht.cli.catalog;

import io.github.xhht.core.model.FactKey;
import io.github.xhht.core.rule.Indicator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Where an indicator lives in the code and which tests touch it. The defining file is the main source
 * that holds its Vietnamese label as a literal (ids are often composed, labels are written out once),
 * preferring the class named after its article; a measure written for it is named too.
 *
 * @param files      main source files that define it, from the repository root
 * @param classes    their class names
 * @param measure    the class of its measure when it is not one of core's ready measures
 * @param testsById  test files that name the indicator's id
 * @param testsByFact test files of its own module (or examples) that supply a fact it reads, not already above
 */
public record Location(List<String> files, List<String> classes, Optional<String> measure, List<String> testsById,
                       List<String> testsByFact) {

    public Location {
        files = List.copyOf(files);
        classes = List.copyOf(classes);
        testsById = List.copyOf(testsById);
        testsByFact = List.copyOf(testsByFact);
    }

    /** Finds the indicator of a rule set in the sources. */
    public static Location of(String ruleSetId, Indicator indicator, SourceIndex sources) {
        List<SourceIndex.SourceFile> defining = sources.mainWithLiteral(indicator.label().vi());
        if (defining.isEmpty()) {
            defining = sources.mainWithLiteral(indicator.label().en());
        }
        if (defining.isEmpty()) {
            // a label composed from literals ("... ít nhất " + N + " chương trình"): the longest literal start
            String[] words = indicator.label().vi().split(" ");
            for (int k = words.length - 1; k >= 3 && defining.isEmpty(); k--) {
                String prefix = String.join(" ", java.util.Arrays.copyOf(words, k));
                if (prefix.length() >= 12) {
                    defining = sources.mainWithLiteralStart(prefix);
                }
            }
        }
        if (defining.size() > 1) {
            String article = "Article" + indicator.cite().article();
            List<SourceIndex.SourceFile> named = defining.stream().filter(f -> f.simpleName().equals(article)).toList();
            if (!named.isEmpty()) {
                defining = named;
            }
        }
        Optional<String> measure = measureClass(indicator);
        List<String> files = new ArrayList<>(defining.stream().map(SourceIndex.SourceFile::path).toList());
        List<String> classes = new ArrayList<>(defining.stream().map(SourceIndex.SourceFile::className).toList());
        TreeSet<String> byId = sources.testsWithLiteral(indicator.id());
        if (indicator.id().startsWith(ruleSetId + ".")) {
            // ids composed in tests or tabulated: "l1.c2.i1" beside the rule set's own word ("district")
            String suffix = indicator.id().substring(ruleSetId.length() + 1);
            String word = ruleSetId.substring(ruleSetId.lastIndexOf('.') + 1);
            if (suffix.contains(".")) {
                byId.addAll(sources.testsWithToken(suffix, word));
            }
        }
        TreeSet<String> byFact = new TreeSet<>();
        for (FactKey<?> key : indicator.measure().facts()) {
            byFact.addAll(sources.testsWithLiteral(key.name()));
            sources.factConstant(key.name()).ifPresent(c -> byFact.addAll(sources.testsWithWord(c)));
        }
        // a fact name alone is common ("learningCitizens" serves as an example in core's tests): only tests
        // of the module that defines the indicator, and of the examples, count as exercising it
        java.util.Set<String> modules = new java.util.HashSet<>(List.of("examples"));
        files.forEach(f -> modules.add(module(f)));
        if (!files.isEmpty()) {
            byFact.removeIf(t -> !modules.contains(module(t)));
        }
        byFact.removeAll(byId);
        return new Location(files, classes, measure, List.copyOf(byId), List.copyOf(byFact));
    }

    private static String module(String path) {
        int slash = path.indexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** The measure's class, unless it is core's; lambdas are named by the class that wrote them. */
    static Optional<String> measureClass(Indicator indicator) {
        String name = indicator.measure().getClass().getName();
        int lambda = name.indexOf("$$");
        if (lambda > 0) {
            name = name.substring(0, lambda);
        }
        // anonymous classes ($1, $2) are numbered by the compiler: name the class around them
        name = name.replaceAll("\\$\\d+.*$", "");
        if (name.startsWith("io.github.xhht.core.")) {
            return Optional.empty();
        }
        return Optional.of(name.replace('$', '.'));
    }
}
