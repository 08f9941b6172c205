package io.github.xhht.core.model;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.Problem;
import io.github.xhht.core.error.ProblemCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything submitted about one subject for one assessment period ("hồ sơ"): immutable, validated at
 * construction, and the only input an evaluation reads besides the as-of date.
 *
 * <pre>{@code
 * Subject commune = Subject.builder(SubjectKind.COMMUNE, "VN-01-00001", "Xã Minh Khai").jurisdiction("Hà Nội").build();
 * Dossier dossier = Dossier.builder("tt25", commune, AssessmentPeriod.calendarYear(2024))
 *         .fact(Tt25Facts.AWARENESS_RAISING, FactValue.Flag.TRUE,
 *                 Evidence.of("12/KH-UBND", "UBND xã", LocalDate.of(2024, 1, 15), "Kế hoạch tuyên truyền"))
 *         .build();
 * }</pre>
 *
 * @param scheme       the recognition scheme it is submitted under, e.g. {@code tt25}, {@code tt24}
 * @param subject      who or what it is about
 * @param period       the assessment period
 * @param facts        the reported facts by name (see the scheme's fact keys)
 * @param history      the subject's past recognitions, awards and titles
 * @param constituents the members whose recognitions count toward the subject (communes of a district, ...)
 * @param proceedings  disciplinary reviews, investigations and complaints, pending or closed
 */
public record Dossier(
        String scheme,
        Subject subject,
        AssessmentPeriod period,
        Map<String, Fact> facts,
        History history,
        List<Constituent> constituents,
        List<PendingProceeding> proceedings) {

    public Dossier {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(history, "history");
        facts = Map.copyOf(facts);
        constituents = List.copyOf(constituents);
        proceedings = List.copyOf(proceedings);
        List<Problem> problems = new ArrayList<>();
        if (scheme.isBlank()) {
            problems.add(Problem.at("/scheme", ProblemCode.BLANK));
        }
        for (Map.Entry<String, Fact> entry : facts.entrySet()) {
            if (entry.getValue().value() instanceof FactValue.DateValue d && !period.contains(d.date())) {
                problems.add(Problem.at("/facts/" + Problem.token(entry.getKey()) + "/date",
                        ProblemCode.DATE_OUTSIDE_PERIOD, d.date(), period.from(), period.to()));
            }
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < constituents.size(); i++) {
            if (!ids.add(constituents.get(i).id())) {
                problems.add(Problem.at("/constituents/" + i + "/id", ProblemCode.DUPLICATE_ID, constituents.get(i).id()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The fact of that name, if reported. */
    public Optional<Fact> fact(String name) {
        return Optional.ofNullable(facts.get(name));
    }

    /** The fact under the key, if reported; a fact of another kind under that name is an input error. */
    public Optional<Fact> fact(FactKey<?> key) {
        Fact fact = facts.get(key.name());
        if (fact != null && fact.value().kind() != key.kind()) {
            throw InvalidInputException.at("/facts/" + Problem.token(key.name()), ProblemCode.WRONG_FACT_KIND,
                    key.name(), key.kind().json(), fact.value().kind().json());
        }
        return Optional.ofNullable(fact);
    }

    /** The value under the key, if reported. */
    public <V extends FactValue> Optional<V> value(FactKey<V> key) {
        return fact(key).map(f -> key.type().cast(f.value()));
    }

    /** The fact names in sorted order, for stable output. */
    public List<String> factNames() {
        return List.copyOf(new TreeSet<>(facts.keySet()));
    }

    /** Starts a dossier of the subject for the scheme and period. */
    public static Builder builder(String scheme, Subject subject, AssessmentPeriod period) {
        return new Builder(scheme, subject, period);
    }

    /** Builds a dossier fact by fact. */
    public static final class Builder {
        private final String scheme;
        private final Subject subject;
        private final AssessmentPeriod period;
        private final Map<String, Fact> facts = new HashMap<>();
        private final List<Recognition> recognitions = new ArrayList<>();
        private final List<AwardRecord> awards = new ArrayList<>();
        private final List<TitleRecord> titles = new ArrayList<>();
        private final List<Constituent> constituents = new ArrayList<>();
        private final List<PendingProceeding> proceedings = new ArrayList<>();

        private Builder(String scheme, Subject subject, AssessmentPeriod period) {
            this.scheme = scheme;
            this.subject = subject;
            this.period = period;
        }

        /** Adds the fact under the key, with its evidence. */
        public <V extends FactValue> Builder fact(FactKey<V> key, V value, Evidence... evidence) {
            facts.put(key.name(), new Fact(value, List.of(evidence)));
            return this;
        }

        /** Adds a fact under the name. */
        public Builder fact(String name, Fact fact) {
            facts.put(name, fact);
            return this;
        }

        /** Removes the fact of that name. */
        public Builder without(String name) {
            facts.remove(name);
            return this;
        }

        /** Sets or adds {@code recognition}; returns this builder. */
        public Builder recognition(Recognition recognition) {
            recognitions.add(recognition);
            return this;
        }

        /** Sets or adds {@code award}; returns this builder. */
        public Builder award(AwardRecord award) {
            awards.add(award);
            return this;
        }

        /** Sets or adds {@code title}; returns this builder. */
        public Builder title(TitleRecord title) {
            titles.add(title);
            return this;
        }

        /** Sets or adds {@code constituent}; returns this builder. */
        public Builder constituent(Constituent constituent) {
            constituents.add(constituent);
            return this;
        }

        /** Sets or adds {@code proceeding}; returns this builder. */
        public Builder proceeding(PendingProceeding proceeding) {
            proceedings.add(proceeding);
            return this;
        }

        /** The immutable {@code Dossier}; invalid values throw {@code InvalidInputException}. */
        public Dossier build() {
            return new Dossier(scheme, subject, period, facts, new History(recognitions, awards, titles),
                    constituents, proceedings);
        }
    }

    /** A builder holding this dossier's content, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder(scheme, subject, period);
        b.facts.putAll(facts);
        b.recognitions.addAll(history.recognitions());
        b.awards.addAll(history.awards());
        b.titles.addAll(history.titles());
        b.constituents.addAll(constituents);
        b.proceedings.addAll(proceedings);
        return b;
    }
}
