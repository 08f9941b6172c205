package io.github.xhht.cli.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Java sources of the repository, read once, to say where the law is encoded and which tests touch
 * it: main sources of every module and test sources of every module but the tool's own. Empty when the
 * tool runs outside a checkout, so the catalogue then says "not found" rather than guessing.
 */
public final class SourceIndex {
    private static final Pattern FACT_DECLARATION =
            Pattern.compile("(\\w+)\\s*=\\s*FactKey\\s*\\.\\s*\\w+\\s*\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final List<SourceFile> main;
    private final List<SourceFile> tests;
    private final java.util.Map<String, String> factConstants;
    /** Lookups already made; the sources never change during a run, so the answers do not either. */
    private final java.util.Map<String, TreeSet<String>> wordCache = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * One source file.
     *
     * @param path      its path from the repository root, with '/'
     * @param className its fully qualified class name
     * @param text      its content
     */
    public record SourceFile(String path, String className, String text) {
        /** The simple class name. */
        public String simpleName() {
            return className.substring(className.lastIndexOf('.') + 1);
        }
    }

    /** An index over the main and test source files. */
    public SourceIndex(List<SourceFile> main, List<SourceFile> tests) {
        this.main = List.copyOf(main);
        this.tests = List.copyOf(tests);
        java.util.Map<String, String> constants = new java.util.HashMap<>();
        for (SourceFile f : this.main) {
            Matcher m = FACT_DECLARATION.matcher(f.text());
            while (m.find()) {
                constants.putIfAbsent(m.group(2), m.group(1));
            }
        }
        this.factConstants = java.util.Map.copyOf(constants);
    }

    /** The main source files. */
    public List<SourceFile> main() {
        return main;
    }

    /** The test source files. */
    public List<SourceFile> tests() {
        return tests;
    }

    /** No sources: every lookup finds nothing. */
    public static SourceIndex empty() {
        return new SourceIndex(List.of(), List.of());
    }

    /** Reads the sources below {@code root}, which holds the modules (e.g. core/, criteria-tt24/, cli/). */
    public static SourceIndex scan(Path root) {
        if (!Files.isRegularFile(root.resolve("pom.xml"))) {
            return empty();
        }
        List<SourceFile> main = new ArrayList<>();
        List<SourceFile> tests = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(Files::isDirectory).sorted().toList()) {
                read(root, module.resolve("src/main/java"), main);
                if (!module.getFileName().toString().equals("cli")) {
                    read(root, module.resolve("src/test/java"), tests);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SourceIndex(main, tests);
    }

    private static void read(Path root, Path dir, List<SourceFile> into) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String relative = dir.relativize(file).toString().replace('\\', '/');
                String className = relative.substring(0, relative.length() - 5).replace('/', '.');
                into.add(new SourceFile(root.relativize(file).toString().replace('\\', '/'), className,
                        Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
    }

    /** The text as a Java string literal, quotes included. */
    static String literal(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Main files holding the string literal. */
    public List<SourceFile> mainWithLiteral(String text) {
        String literal = literal(text);
        return main.stream().filter(f -> f.text().contains(literal)).toList();
    }

    /** Main files holding a string literal that starts with the text. */
    public List<SourceFile> mainWithLiteralStart(String text) {
        String start = literal(text);
        String open = start.substring(0, start.length() - 1);
        return main.stream().filter(f -> f.text().contains(open)).toList();
    }

    /** Test files holding {@code token} (not inside a longer name) and the word {@code alongWith}, sorted by path. */
    public TreeSet<String> testsWithToken(String token, String alongWith) {
        Pattern p = Pattern.compile("(?<![\\w.])" + Pattern.quote(token) + "(?![\\w])");
        Pattern w = Pattern.compile("\\b" + Pattern.quote(alongWith) + "\\b");
        TreeSet<String> paths = new TreeSet<>();
        tests.stream().filter(f -> p.matcher(f.text()).find() && w.matcher(f.text()).find()).forEach(f -> paths.add(f.path()));
        return paths;
    }

    /** The main file of a class, if present. */
    public Optional<SourceFile> mainClass(String className) {
        return main.stream().filter(f -> f.className().equals(className)).findFirst();
    }

    /**
     * The constant that declares a fact key, e.g. {@code ANNUAL_LEARNING_PLAN} for
     * {@code ANNUAL_LEARNING_PLAN = FactKey.flag("annualLearningPlan", ...)}.
     */
    public Optional<String> factConstant(String factName) {
        return Optional.ofNullable(factConstants.get(factName));
    }

    /** Test files whose text holds the literal, sorted by path. */
    public TreeSet<String> testsWithLiteral(String text) {
        String literal = literal(text);
        TreeSet<String> paths = new TreeSet<>();
        tests.stream().filter(f -> f.text().contains(literal)).forEach(f -> paths.add(f.path()));
        return paths;
    }

    /** Test files that use the identifier as a whole word, sorted by path. */
    public TreeSet<String> testsWithWord(String word) {
        return new TreeSet<>(wordCache.computeIfAbsent(word, SourceIndex.this::findWord));
    }

    private TreeSet<String> findWord(String word) {
        Pattern p = Pattern.compile("\\b" + Pattern.quote(word) + "\\b");
        TreeSet<String> paths = new TreeSet<>();
        tests.stream().filter(f -> p.matcher(f.text()).find()).forEach(f -> paths.add(f.path()));
        return paths;
    }
}
