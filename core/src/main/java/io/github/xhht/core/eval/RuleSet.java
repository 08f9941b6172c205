package io.github.xhht.core.eval;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.Problem;
import io.github.xhht.core.error.ProblemCode;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.law.LegalDocument;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.Fact;
import io.github.xhht.core.model.FactKey;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.rule.Applicability;
import io.github.xhht.core.rule.EvaluationContext;
import io.github.xhht.core.rule.Finding;
import io.github.xhht.core.rule.Indicator;
import io.github.xhht.core.rule.LevelRule;
import io.github.xhht.core.rule.Outcome;
import io.github.xhht.core.rule.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The rules of one scheme for one kind of subject, in force over a period: e.g. TT 25 for communes,
 * Levels 1 and 2, from 12 February 2024. Immutable and thread-safe; {@link #evaluate} is a pure function.
 *
 * <p>Constructor parameters:
 * id            stable id, e.g. {@code tt25.commune}
 * scheme        the scheme id, e.g. {@code tt25}
 * title         its name
 * document      the legal document it encodes
 * effectiveFrom first day in force
 * effectiveTo   last day in force, if it has ended
 * covers        which subjects it is for
 * levels        its level rules, lowest first
 * extraFacts    facts read by rules other than through an indicator's measure
 */
public final class RuleSet {
    private final String id;
    private final String scheme;
    private final Text title;
    private final LegalDocument document;
    private final LocalDate effectiveFrom;
    private final Optional<LocalDate> effectiveTo;
    private final Applicability covers;
    private final List<LevelRule> levels;
    private final Map<String, FactKey<?>> facts;
    // the same keys in a hash map: validate looks every reported fact up on every evaluation
    private final Map<String, FactKey<?>> lookup;

    /** A rule set of the scheme, in force from {@code effectiveFrom} (to {@code effectiveTo}, if any). */
    public RuleSet(
            String id,
            String scheme,
            Text title,
            LegalDocument document,
            LocalDate effectiveFrom,
            Optional<LocalDate> effectiveTo,
            Applicability covers,
            List<LevelRule> levels,
            List<FactKey<?>> extraFacts) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(effectiveTo, "effectiveTo");
        Objects.requireNonNull(covers, "covers");
        levels = List.copyOf(levels);
        extraFacts = List.copyOf(extraFacts);
        Set<String> ids = new HashSet<>();
        for (LevelRule level : levels) {
            level.stream().filter(r -> r.kind() != io.github.xhht.core.rule.NodeKind.APPLIES_WHEN)
                    .map(Rule::id).forEach(ruleId -> {
                        if (!ids.add(ruleId)) {
                            throw new IllegalArgumentException("rule id used twice in " + id + ": " + ruleId);
                        }
                    });
        }
        for (int i = 1; i < levels.size(); i++) {
            if (levels.get(i).level().compareTo(levels.get(i - 1).level()) <= 0) {
                throw new IllegalArgumentException("levels must be listed lowest first in " + id);
            }
        }
        this.id = id;
        this.scheme = scheme;
        this.title = title;
        this.document = document;
        this.effectiveFrom = effectiveFrom;
        this.effectiveTo = effectiveTo;
        this.covers = covers;
        this.levels = levels;
        this.facts = factKeys(levels, extraFacts);
        this.lookup = Map.copyOf(facts);
    }

    /** The rule set id, e.g. {@code tt25.commune}. */
    public String id() {
        return id;
    }

    /** The id of the scheme it belongs to. */
    public String scheme() {
        return scheme;
    }

    /** The title in vi and en. */
    public Text title() {
        return title;
    }

    /** The legal document that defines it. */
    public LegalDocument document() {
        return document;
    }

    /** The first day in force. */
    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    /** The last day in force, if the rule set was replaced. */
    public Optional<LocalDate> effectiveTo() {
        return effectiveTo;
    }

    /** Which subjects the rule set applies to. */
    public Applicability covers() {
        return covers;
    }

    /** The level rules, lowest first. */
    public List<LevelRule> levels() {
        return levels;
    }

    @Override
    public String toString() {
        return "RuleSet[" + id + "]";
    }

    /** Whether the rule set is in force on the date. */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && effectiveTo.map(end -> !date.isAfter(end)).orElse(true);
    }

    /** Every indicator of every level, in order. */
    public List<Indicator> indicators() {
        List<Indicator> all = new ArrayList<>();
        levels.forEach(l -> all.addAll(l.indicators()));
        return all;
    }

    /** The rule of one level, if the rule set has it. */
    public Optional<LevelRule> level(Level level) {
        return levels.stream().filter(l -> l.level() == level).findFirst();
    }

    /** Every fact the rule set reads, by name, sorted. */
    public Map<String, FactKey<?>> facts() {
        return facts;
    }

    private static Map<String, FactKey<?>> factKeys(List<LevelRule> levels, List<FactKey<?>> extra) {
        Map<String, FactKey<?>> keys = new TreeMap<>();
        List<FactKey<?>> all = new ArrayList<>(extra);
        for (LevelRule level : levels) {
            level.indicators().forEach(i -> all.addAll(i.measure().facts()));
        }
        for (FactKey<?> key : all) {
            FactKey<?> before = keys.putIfAbsent(key.name(), key);
            if (before != null && before.kind() != key.kind()) {
                throw new IllegalArgumentException("fact " + key.name() + " declared as " + before.kind() + " and " + key.kind());
            }
        }
        return Collections.unmodifiableMap(keys);
    }

    /**
     * The problems of a dossier for this rule set: facts it does not know and facts of the wrong kind,
     * each named by its JSON pointer. Empty when the dossier fits.
     */
    public List<Problem> validate(Dossier dossier) {
        Map<String, FactKey<?>> known = lookup;
        List<Problem> problems = null;
        for (Map.Entry<String, Fact> entry : dossier.facts().entrySet()) {
            String name = entry.getKey();
            Fact fact = entry.getValue();
            FactKey<?> key = known.get(name);
            if (key == null || key.kind() != fact.value().kind()) {
                String pointer = "/facts/" + Problem.token(name); // only for a problem: this loop runs on every evaluation
                if (problems == null) {
                    problems = new ArrayList<>();
                }
                problems.add(key == null
                        ? Problem.at(pointer, ProblemCode.UNKNOWN_FACT, name, id)
                        : Problem.at(pointer, ProblemCode.WRONG_FACT_KIND, name, key.kind().json(), fact.value().kind().json()));
            }
        }
        if (problems == null) {
            return List.of();
        }
        problems.sort(java.util.Comparator.comparing(Problem::pointer));
        return problems;
    }

    /**
     * Evaluates every level with its full explanation.
     *
     * @throws InvalidInputException if the dossier does not fit the rule set (see {@link #validate})
     */
    public Decision evaluate(Dossier dossier, LocalDate asOf, Interpretations interpretations) {
        requireFits(dossier);
        EvaluationContext context = new EvaluationContext(dossier, asOf, interpretations);
        List<LevelResult> results = new ArrayList<>(levels.size());
        Level highest = null;
        // an EnumSet is sorted (declaration order is the natural order) and without repeats
        EnumSet<io.github.xhht.core.law.Interpretation> used = EnumSet.noneOf(io.github.xhht.core.law.Interpretation.class);
        for (LevelRule level : levels) {
            Finding finding = level.explain(context);
            results.add(new LevelResult(level.level(), finding));
            used.addAll(finding.allInterpretations());
            if (finding.outcome() == Outcome.MET) {
                highest = level.level();
            }
        }
        return new Decision(scheme, Optional.of(id), dossier.subject(), dossier.period(), asOf, Status.EVALUATED,
                Optional.ofNullable(highest), results, List.copyOf(used), Optional.of(effectiveFrom));
    }

    /** The verdict alone, without building the explanation. */
    public Verdict verdict(Dossier dossier, LocalDate asOf, Interpretations interpretations) {
        requireFits(dossier);
        EvaluationContext context = new EvaluationContext(dossier, asOf, interpretations);
        Outcome[] outcomes = new Outcome[levels.size()];
        Level highest = null;
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = levels.get(i).test(context);
            if (outcomes[i] == Outcome.MET) {
                highest = levels.get(i).level();
            }
        }
        return new Verdict(Status.EVALUATED, Optional.ofNullable(highest), List.of(outcomes));
    }

    private void requireFits(Dossier dossier) {
        if (!covers.appliesTo(dossier.subject())) {
            throw InvalidInputException.at("/subject/kind", ProblemCode.SUBJECT_NOT_COVERED,
                    dossier.subject().kind().json(), id, covers.description());
        }
        List<Problem> problems = validate(dossier);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The level rules by level, for callers that index them. */
    public Map<Level, LevelRule> byLevel() {
        Map<Level, LevelRule> map = new LinkedHashMap<>();
        levels.forEach(l -> map.put(l.level(), l));
        return Collections.unmodifiableMap(map);
    }
}
