package io.github.xhht.awards.citizen;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.Problem;
import io.github.xhht.core.error.ProblemCode;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.json.JsonIn;
import io.github.xhht.core.json.JsonLimits;
import io.github.xhht.core.json.StrictJson;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the scoring frames of the "Công dân học tập" forms from JSON (format version 1), strictly: unknown
 * fields, wrong types, unknown groups or competencies, duplicate ids, points that do not add up to 100 and two
 * frames for one group are {@link InvalidInputException}s naming each field by its JSON pointer. The frames are
 * the caller's (the text of Decision 324/QĐ-KHVN was not read: awards.md §4.3); this is how a province hands
 * its forms to the command-line tool. Immutable and thread-safe.
 *
 * <pre>{"formatVersion": 1,
 *  "frames": [{"group": "resident", "source": "Phụ lục 2 QĐ 324/QĐ-KHVN",
 *              "indicators": [{"id": "i1", "competency": "SELF_STUDY",
 *                              "label": {"vi": "...", "en": "..."}, "maxPoints": 10}]}]}</pre>
 */
public final class ScoringFrameJson {
    /** The format version this class reads. */
    public static final int FORMAT_VERSION = 1;

    private static final Set<String> ROOT = Set.of("formatVersion", "frames");
    private static final Set<String> FRAME = Set.of("group", "source", "indicators");
    private static final Set<String> INDICATOR = Set.of("id", "competency", "label", "maxPoints");
    private static final Set<String> LABEL = Set.of("vi", "en");

    private final StrictJson json;

    private ScoringFrameJson(StrictJson json) {
        this.json = json;
    }

    /** A reader with the default input limits. */
    public static ScoringFrameJson strict() {
        return new ScoringFrameJson(StrictJson.with(JsonLimits.defaults()));
    }

    /** Reads the frames from JSON text. */
    public List<ScoringFrame> read(String text) {
        return read(json.parse(text));
    }

    /** Reads the frames from a file in UTF-8. */
    public List<ScoringFrame> read(Path path) {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(json.parse(reader));
        } catch (IOException e) {
            throw InvalidInputException.at("", ProblemCode.IO_ERROR, e.getMessage());
        }
    }

    /** Reads the frames from a parsed tree. */
    public List<ScoringFrame> read(JsonNode tree) {
        List<Problem> problems = new ArrayList<>();
        JsonIn root = JsonIn.root(tree, problems, json.limits());
        List<ScoringFrame> frames = frames(root);
        StrictJson.throwIfAny(problems);
        return frames;
    }

    private List<ScoringFrame> frames(JsonIn root) {
        if (!root.isObject()) {
            return List.of();
        }
        root.allowOnly(ROOT);
        root.formatVersion(FORMAT_VERSION);
        int max = json.limits().maxListItems();
        Optional<JsonIn> list = root.required("frames");
        List<ScoringFrame> frames = list.map(f -> f.list(max, "maxListItems", this::frame)).orElse(List.of());
        Set<CitizenGroup> seen = EnumSet.noneOf(CitizenGroup.class);
        for (int i = 0; i < frames.size(); i++) {
            if (!seen.add(frames.get(i).group())) {
                list.get().problem(ProblemCode.DUPLICATE_ID, frames.get(i).group().code());
            }
        }
        return frames;
    }

    private Optional<ScoringFrame> frame(JsonIn in) {
        if (!in.isObject()) {
            return Optional.empty();
        }
        in.allowOnly(FRAME);
        Optional<CitizenGroup> group = in.required("group").flatMap(g -> g.oneOf(CitizenGroup.values(), CitizenGroup::code));
        Optional<String> source = in.required("source").flatMap(JsonIn::string);
        int max = json.limits().maxListItems();
        Optional<JsonIn> list = in.required("indicators");
        Optional<List<ScoredIndicator>> indicators = list.map(i -> i.list(max, "maxListItems", this::indicator))
                // an indicator that could not be read has its own problem; the sum and groups would only echo it
                .filter(read -> read.size() == list.get().node().size());
        if (group.isEmpty() || source.isEmpty() || indicators.isEmpty()) {
            return Optional.empty();
        }
        return in.build(() -> new ScoringFrame(group.get(), source.get(), indicators.get()));
    }

    private Optional<ScoredIndicator> indicator(JsonIn in) {
        if (!in.isObject()) {
            return Optional.empty();
        }
        in.allowOnly(INDICATOR);
        Optional<String> id = in.required("id").flatMap(JsonIn::string);
        Optional<CompetencyGroup> competency = in.required("competency")
                .flatMap(c -> c.oneOf(CompetencyGroup.values(), CompetencyGroup::name));
        Optional<Text> label = in.required("label").flatMap(this::label);
        Optional<BigDecimal> points = in.required("maxPoints").flatMap(JsonIn::decimal);
        if (id.isEmpty() || competency.isEmpty() || label.isEmpty() || points.isEmpty()) {
            return Optional.empty();
        }
        return in.build(() -> new ScoredIndicator(id.get(), competency.get(), label.get(), points.get()));
    }

    private Optional<Text> label(JsonIn in) {
        if (!in.isObject()) {
            return Optional.empty();
        }
        in.allowOnly(LABEL);
        Optional<String> vi = in.required("vi").flatMap(JsonIn::string);
        Optional<String> en = in.required("en").flatMap(JsonIn::string);
        if (vi.isEmpty() || en.isEmpty()) {
            return Optional.empty();
        }
        return in.build(() -> Text.of(vi.get(), en.get()));
    }
}
