package io.github.xhht.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.xhht.cli.report.BatchReport;
import io.github.xhht.cli.report.BatchSummary;
import io.github.xhht.cli.report.Render;
import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.Problem;
import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.eval.LevelResult;
import io.github.xhht.core.eval.Status;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.i18n.Messages;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.json.DecisionJson;
import io.github.xhht.core.json.DossierJson;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.SubjectKind;
import io.github.xhht.core.rule.Finding;
import io.github.xhht.core.rule.Outcome;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code xhht batch INPUT}: evaluates a stream of dossiers in constant memory. Records are read in
 * chunks, evaluated (in parallel when {@code --jobs} > 1) and written in input order; a bad record is
 * reported with its line number and skipped. Every record read is either a result or an error.
 */
final class BatchCommand {
    private static final JsonMapper MAPPER = new JsonMapper();
    /** Records per worker in one chunk: enough to keep the workers busy, small enough to bound memory. */
    private static final int PER_JOB = 64;
    private static final int ERRORS_KEPT = 100;

    private final Env env;

    BatchCommand(Env env, Lang lang) {
        this.env = env;
    }

    /** One record of the input, parsed by a worker. */
    private interface Item {
        long line();

        Dossier dossier();

        /** Where a problem is, in the input's own terms: a JSON pointer, or a CSV column. */
        String where(String pointer);
    }

    /**
     * What a worker made of one record: a result line, or an error line; for a result, what the summary
     * counts (the highest level's key and the indicators not met or unknown), so the writing thread only adds.
     */
    private record Done(long line, boolean ok, String json, String message, String outcomeKey, List<Finding> failing) {
    }

    int run(List<String> tokens) {
        Args args = Args.parse("batch", tokens, Common.valued(Common.OUT, Common.AS_OF, Common.INTERPRETATION,
                "--errors", "--summary", "--report", "--input-format", "--jobs", "--csv-header", Common.CITIZEN_FRAMES),
                Set.of("--full", "--progress", "--no-progress"));
        Lang lang = Common.lang(args);
        Env scoped = Common.withCitizenFrames(env, args, lang);
        return scoped == env ? execute(args, lang) : new BatchCommand(scoped, lang).execute(args, lang);
    }

    private int execute(Args args, Lang lang) {
        Messages messages = Texts.of(lang);
        if (args.has("--csv-header")) {
            return csvHeader(args, lang);
        }
        Optional<LocalDate> given = Common.asOf(args);
        LocalDate asOf = given.orElse(env.today());
        Interpretations interpretations = InterpretationOptions.apply("batch", args.values(Common.INTERPRETATION));
        if (args.positionals().size() != 1) {
            throw args.positionals().isEmpty()
                    ? CliException.usage("batch", "usage.missingArgument", lang == Lang.VI ? "ĐẦU_VÀO" : "INPUT")
                    : CliException.usage("batch", "usage.tooManyArguments", String.join(" ", args.positionals()));
        }
        String input = args.positionals().get(0);
        String format = args.choice("--input-format", List.of("jsonl", "csv"))
                .orElse(input.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? "csv" : "jsonl");
        int jobs = args.value("--jobs").map(j -> jobs(j)).orElse(Runtime.getRuntime().availableProcessors());
        boolean full = args.has("--full");
        boolean progress = args.has("--progress") || env.stderrTerminal() && !args.has("--no-progress");
        Optional<String> report = args.value("--report");
        report.ifPresent(r -> {
            if (!r.endsWith(".html") && !r.endsWith(".htm") && !r.endsWith(".md")) {
                throw CliException.usage("batch", "usage.badValue", "--report", r, "*.html, *.md");
            }
        });

        Tally tally = new Tally();
        DossierJson reader = DossierJson.strict();
        Render render = new Render(messages, given.isEmpty());
        ExecutorService pool = jobs > 1 ? Executors.newFixedThreadPool(jobs, daemon()) : null;
        try (Source source = format.equals("csv") ? new CsvSource(env, input, reader) : new JsonLinesSource(env, input, reader);
             Writer out = writer(args.value(Common.OUT));
             Writer errors = args.value("--errors").map(this::file).orElse(null)) {
            int size = Math.max(1, jobs) * PER_JOB;
            List<Future<Done>> pending = submit(source.next(size), pool, asOf, interpretations, full, lang);
            while (!pending.isEmpty()) {
                // the next chunk is read and handed to the workers before this one is written, so they never wait
                List<Future<Done>> following = submit(source.next(size), pool, asOf, interpretations, full, lang);
                for (Future<Done> result : pending) {
                    Done done = get(result);
                    tally.add(done);
                    if (done.ok()) {
                        out.write(done.json());
                        out.write('\n');
                    } else if (errors != null) {
                        errors.write(done.json());
                        errors.write('\n');
                    } else {
                        env.err().println("xhht: " + done.message());
                    }
                }
                out.flush();
                if (progress) {
                    env.err().print("\r" + messages.format("batch.progress", tally.read, tally.errors));
                    env.err().flush();
                }
                pending = following;
            }
        } catch (IOException e) {
            throw CliException.input("error.read", input, String.valueOf(e.getMessage()));
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        if (progress) {
            env.err().println();
        }
        BatchSummary summary = tally.summary(asOf, given.isEmpty());
        BatchReport batchReport = new BatchReport(render);
        env.err().print(batchReport.text(summary));
        env.err().flush();
        args.value("--summary").ifPresent(f -> write(f, summaryJson(summary) + "\n"));
        report.ifPresent(f -> write(f, f.endsWith(".md") ? batchReport.markdown(summary) : batchReport.html(summary)));
        return 0;
    }

    private int csvHeader(Args args, Lang lang) {
        String schemeId = args.value("--csv-header").orElseThrow();
        if (args.positionals().size() != 1) {
            throw CliException.usage("batch", "usage.missingArgument", "KIND (commune, district, province, unit, ...)");
        }
        String kindName = args.positionals().get(0);
        SubjectKind kind = java.util.Arrays.stream(SubjectKind.values()).filter(k -> k.json().equals(kindName)).findFirst()
                .orElseThrow(() -> CliException.usage("batch", "usage.badValue", "KIND", kindName,
                        String.join(", ", java.util.Arrays.stream(SubjectKind.values()).map(SubjectKind::json).toList())));
        List<String> header = Csv.header(env.schemes().get(schemeId), kind);
        env.out().println(String.join(",", header));
        return 0;
    }

    private static int jobs(String value) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= 256) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the usage error
        }
        throw CliException.usage("batch", "usage.badValue", "--jobs", value, "1..256");
    }

    /** Hands the records to the workers (or, without a pool, evaluates them here), in input order. */
    private List<Future<Done>> submit(List<Item> chunk, ExecutorService pool, LocalDate asOf, Interpretations interpretations,
                                      boolean full, Lang lang) {
        List<Future<Done>> futures = new ArrayList<>(chunk.size());
        for (Item item : chunk) {
            futures.add(pool == null
                    ? CompletableFuture.completedFuture(evaluate(item, asOf, interpretations, full, lang))
                    : pool.submit(() -> evaluate(item, asOf, interpretations, full, lang)));
        }
        return futures;
    }

    private static Done get(Future<Done> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Evaluates one record; never throws, so no record is lost. */
    private Done evaluate(Item item, LocalDate asOf, Interpretations interpretations, boolean full, Lang lang) {
        try {
            Decision decision = env.schemes().evaluate(item.dossier(), asOf, interpretations);
            List<Finding> indicators = decision.indicators();
            List<Finding> failing = new ArrayList<>();
            for (Finding f : indicators) {
                if (f.outcome() == Outcome.NOT_MET || f.outcome() == Outcome.UNKNOWN) {
                    failing.add(f);
                }
            }
            String key = decision.status() == Status.NO_RULE_SET_IN_FORCE ? "notInForce"
                    : decision.highestLevel().map(l -> String.valueOf(l.number())).orElse("none");
            return new Done(item.line(), true, resultLine(item.line(), decision, failing, full), "", key, failing);
        } catch (InvalidInputException e) {
            return error(item, e.problems(), lang);
        } catch (CliException e) {
            return error(item.line(), e.message(Texts.of(lang)), List.of(), lang);
        } catch (RuntimeException e) {
            return error(item.line(), Texts.of(lang).format("error.internal", e.getClass().getSimpleName()), List.of(), lang);
        }
    }

    private Done error(Item item, List<Problem> problems, Lang lang) {
        Messages messages = Texts.of(lang);
        List<String> parts = new ArrayList<>();
        ArrayNode list = MAPPER.createArrayNode();
        for (Problem p : problems) {
            String where = item.where(p.pointer());
            String text = messages.format("problem." + p.code().name(), p.args());
            parts.add((where.isEmpty() ? messages.format("problem.where.document") : where) + ": " + text);
            ObjectNode o = list.addObject();
            o.put("pointer", p.pointer());
            if (!where.equals(p.pointer())) {
                o.put("column", where);
            }
            o.put("code", p.code().name());
            o.put("message", text);
        }
        return error(item.line(), String.join("; ", parts), List.of(list), lang);
    }

    private Done error(long line, String message, List<ArrayNode> problems, Lang lang) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("line", line);
        o.put("error", message);
        if (!problems.isEmpty()) {
            o.set("problems", problems.get(0));
        }
        return new Done(line, false, o.toString(), Texts.of(lang).format("error.atLine", String.valueOf(line), message), "", List.of());
    }

    /**
     * A compact result line: the verdict, every level's outcome, and the indicators not met or unknown, taken
     * from {@code indicators} (the decision's, all of them or only those not met or unknown).
     */
    private static String resultLine(long line, Decision d, List<Finding> indicators, boolean full) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("line", line);
        o.put("scheme", d.scheme());
        d.ruleSetId().ifPresentOrElse(id -> o.put("ruleSet", id), () -> o.putNull("ruleSet"));
        ObjectNode subject = o.putObject("subject");
        subject.put("kind", d.subject().kind().json());
        subject.put("id", d.subject().id());
        subject.put("name", d.subject().name());
        o.put("asOf", d.asOf().toString());
        o.put("status", d.status().name());
        d.highestLevel().ifPresentOrElse(l -> o.put("highestLevel", l.number()), () -> o.putNull("highestLevel"));
        ObjectNode levels = o.putObject("levels");
        for (LevelResult l : d.levels()) {
            levels.put(String.valueOf(l.level().number()), l.outcome().name());
        }
        ArrayNode notMet = o.putArray("notMet");
        ArrayNode unknown = o.putArray("unknown");
        for (Finding f : indicators) {
            if (f.outcome() == Outcome.NOT_MET) {
                notMet.add(f.id());
            } else if (f.outcome() == Outcome.UNKNOWN) {
                unknown.add(f.id());
            }
        }
        if (full) {
            o.set("decision", DecisionJson.toTree(d));
        }
        return o.toString();
    }

    /** The counts of a run; only the thread that writes touches it. */
    private static final class Tally {
        long read;
        long evaluated;
        long errors;
        final Map<String, Long> byOutcome = new HashMap<>();
        final Map<String, long[]> failing = new TreeMap<>();
        final Map<String, Text> labels = new HashMap<>();
        final List<String> firstErrors = new ArrayList<>();

        void add(Done done) {
            read++;
            if (!done.ok()) {
                errors++;
                if (firstErrors.size() < ERRORS_KEPT) {
                    firstErrors.add(done.message());
                }
                return;
            }
            evaluated++;
            byOutcome.merge(done.outcomeKey(), 1L, Long::sum);
            for (Finding f : done.failing()) {
                failing.computeIfAbsent(f.id(), k -> new long[2])[f.outcome() == Outcome.NOT_MET ? 0 : 1]++;
                labels.putIfAbsent(f.id(), f.label());
            }
        }

        BatchSummary summary(LocalDate asOf, boolean today) {
            List<BatchSummary.IndicatorCount> counts = failing.entrySet().stream()
                    .map(e -> new BatchSummary.IndicatorCount(e.getKey(), labels.get(e.getKey()), e.getValue()[0], e.getValue()[1]))
                    .sorted(Comparator.comparingLong((BatchSummary.IndicatorCount c) -> -(c.notMet() + c.unknown()))
                            .thenComparing(BatchSummary.IndicatorCount::id))
                    .toList();
            return new BatchSummary(asOf, today, read, evaluated, errors, byOutcome, counts, firstErrors);
        }
    }

    static String summaryJson(BatchSummary s) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("asOf", s.asOf().toString());
        o.put("read", s.read());
        o.put("evaluated", s.evaluated());
        o.put("errors", s.errors());
        ObjectNode by = o.putObject("byHighestLevel");
        BatchSummary.OUTCOMES.forEach(k -> by.put(k, s.count(k)));
        ArrayNode failing = o.putArray("indicators");
        for (BatchSummary.IndicatorCount c : s.failing()) {
            failing.addObject().put("id", c.id()).put("notMet", c.notMet()).put("unknown", c.unknown());
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Writer writer(Optional<String> out) {
        if (out.isPresent()) {
            return file(out.get());
        }
        // standard output is not ours to close
        return new BufferedWriter(new OutputStreamWriter(env.out(), StandardCharsets.UTF_8)) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    private Writer file(String name) {
        try {
            return Files.newBufferedWriter(env.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CliException.input("error.write", name, String.valueOf(e.getMessage()));
        }
    }

    private void write(String name, String content) {
        try {
            Files.writeString(env.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CliException.input("error.write", name, String.valueOf(e.getMessage()));
        }
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return r -> {
            Thread t = new Thread(r, "xhht-batch");
            t.setDaemon(true);
            return t;
        };
    }

    /** Records in input order. */
    private interface Source extends AutoCloseable {
        /** Up to {@code max} records; empty at the end. */
        List<Item> next(int max) throws IOException;

        @Override
        void close() throws IOException;
    }

    /**
     * One JSON dossier per line; blank lines are skipped and not counted. Lines end as for
     * {@link BufferedReader#readLine()} (LF, CR or CRLF). This thread only splits the bytes: decoding the UTF-8
     * and parsing are the workers' part.
     */
    private static final class JsonLinesSource implements Source {
        private final InputStream in;
        private final DossierJson reader;
        private final byte[] buffer = new byte[1 << 16];
        private int start;
        private int end;
        private boolean skipLf;
        private long line;

        JsonLinesSource(Env env, String name, DossierJson reader) {
            this.in = Common.open(env, name);
            this.reader = reader;
        }

        @Override
        public List<Item> next(int max) throws IOException {
            List<Item> items = new ArrayList<>(max);
            byte[] bytes;
            while (items.size() < max && (bytes = readLine()) != null) {
                line++;
                if (blank(bytes)) {
                    continue;
                }
                long at = line;
                byte[] json = bytes;
                items.add(new Item() {
                    @Override
                    public long line() {
                        return at;
                    }

                    @Override
                    public Dossier dossier() {
                        // malformed UTF-8 becomes U+FFFD, as the reader of a text stream would make it
                        return reader.read(new String(json, StandardCharsets.UTF_8));
                    }

                    @Override
                    public String where(String pointer) {
                        return pointer;
                    }
                });
            }
            return items;
        }

        /** The next line without its end, or null at the end of the input. */
        private byte[] readLine() throws IOException {
            java.io.ByteArrayOutputStream longLine = null;
            while (true) {
                if (start == end && !fill()) {
                    if (longLine != null) {
                        return longLine.toByteArray();
                    }
                    return null;
                }
                if (skipLf) {
                    skipLf = false;
                    if (buffer[start] == '\n') {
                        start++;
                        continue;
                    }
                }
                int i = start;
                while (i < end && buffer[i] != '\n' && buffer[i] != '\r') {
                    i++;
                }
                if (i == end) {
                    // no end of line in the buffer: keep what there is and read on
                    if (longLine == null) {
                        longLine = new java.io.ByteArrayOutputStream(2 * (end - start));
                    }
                    longLine.write(buffer, start, end - start);
                    start = end;
                    continue;
                }
                byte[] text;
                if (longLine == null) {
                    text = java.util.Arrays.copyOfRange(buffer, start, i);
                } else {
                    longLine.write(buffer, start, i - start);
                    text = longLine.toByteArray();
                }
                skipLf = buffer[i] == '\r';
                start = i + 1;
                return text;
            }
        }

        private boolean fill() throws IOException {
            int n = in.read(buffer, 0, buffer.length);
            start = 0;
            end = Math.max(n, 0);
            return n > 0;
        }

        /** Whether the line is only white space, judged as {@link String#isBlank()} does. */
        private static boolean blank(byte[] bytes) {
            for (byte b : bytes) {
                if (b < 0) {
                    // a non-ASCII character before any ASCII text: let the decoder and isBlank judge it
                    return new String(bytes, StandardCharsets.UTF_8).isBlank();
                }
                if (!Character.isWhitespace(b)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** One dossier per CSV row after a header row (see {@link Csv}). */
    private static final class CsvSource implements Source {
        private final Csv.Reader in;
        private final DossierJson reader;
        private final List<String> header;

        CsvSource(Env env, String name, DossierJson reader) throws IOException {
            this.in = new Csv.Reader(new BufferedReader(new InputStreamReader(Common.open(env, name), StandardCharsets.UTF_8)));
            this.reader = reader;
            Csv.Reader.Row first = in.next();
            this.header = first == null ? List.of() : first.cells().stream().map(String::trim).toList();
            if (first != null) {
                Csv.checkHeader(header).ifPresent(problem -> {
                    throw CliException.input("error.csvColumns", problem);
                });
            }
        }

        @Override
        public List<Item> next(int max) throws IOException {
            List<Item> items = new ArrayList<>(max);
            Csv.Reader.Row row;
            while (items.size() < max && (row = in.next()) != null) {
                Csv.Reader.Row r = row;
                items.add(new Item() {
                    @Override
                    public long line() {
                        return r.line();
                    }

                    @Override
                    public Dossier dossier() {
                        return reader.read(Csv.toTree(header, r.cells()));
                    }

                    @Override
                    public String where(String pointer) {
                        return Csv.column(pointer);
                    }
                });
            }
            return items;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
