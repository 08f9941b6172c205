package io.github.xhht.tt25;

import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.AssessmentPeriod;
import io.github.xhht.core.model.Constituent;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.Evidence;
import io.github.xhht.core.model.FactKey;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.model.Recognition;
import io.github.xhht.core.model.RecognitionKind;
import io.github.xhht.core.model.Subject;
import io.github.xhht.core.model.SubjectAttribute;
import io.github.xhht.core.model.SubjectKind;
import io.github.xhht.core.rule.Finding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Dossiers that meet Level 2 at each tier, to be spoiled one fact at a time by the tests. */
final class Fixtures {
    private Fixtures() {
    }

    /** Assessment year 2024; the commune files before 28 Feb 2025, the district before 30 Apr 2025. */
    static final AssessmentPeriod YEAR = AssessmentPeriod.calendarYear(2024);
    static final LocalDate AS_OF = LocalDate.of(2025, 4, 15);

    static Evidence evidence(String what) {
        return Evidence.of("15/BC-UBND", "Ủy ban nhân dân", LocalDate.of(2024, 12, 20), what);
    }

    static FactValue.Flag yes() {
        return FactValue.Flag.TRUE;
    }

    static FactValue.Share share(long count, long of) {
        return new FactValue.Share(count, of);
    }

    static FactValue.LevelValue level(int level) {
        return new FactValue.LevelValue(level);
    }

    static FactValue.Trend trend(String previous, String current) {
        return new FactValue.Trend(new BigDecimal(previous), new BigDecimal(current));
    }

    static Subject commune(SubjectAttribute... attributes) {
        return Subject.builder(SubjectKind.COMMUNE, "VN-01-00001", "Xã Minh Khai").jurisdiction("Hà Nội")
                .with(attributes).build();
    }

    static Subject district() {
        return Subject.builder(SubjectKind.DISTRICT, "VN-01-001", "Huyện Đông Anh").jurisdiction("Hà Nội").build();
    }

    static Subject province(SubjectAttribute... attributes) {
        return Subject.builder(SubjectKind.PROVINCE, "VN-01", "Thành phố Hà Nội").with(attributes).build();
    }

    /** Flags of criteria 1-3 of the commune, in indicator order. */
    static final List<FactKey<FactValue.Flag>> COMMUNE_FLAGS = List.of(Tt25Facts.AWARENESS_RAISING,
            Tt25Facts.ANNUAL_PLAN, Tt25Facts.LIFELONG_LEARNING_WEEK, Tt25Facts.STATE_BUDGET,
            Tt25Facts.SOCIAL_MOBILISATION, Tt25Facts.COORDINATION_MECHANISM, Tt25Facts.COMMUNITY_LEARNING_CENTRE,
            Tt25Facts.COMMUNE_LIBRARY, Tt25Facts.CULTURE_SPORTS_CENTRE, Tt25Facts.UNIVERSAL_PRESCHOOL);

    /** A commune meeting every Level 2 test, each fact with evidence: 80 %, 60 %, 15 % of 1,000 citizens. */
    static Dossier.Builder communeLevel2(Subject subject) {
        Dossier.Builder b = Dossier.builder(Tt25.ID, subject, YEAR);
        COMMUNE_FLAGS.forEach(k -> b.fact(k, yes(), evidence(k.name())));
        return b.fact(Tt25Facts.UNIVERSAL_PRIMARY, level(3), evidence("primary"))
                .fact(Tt25Facts.UNIVERSAL_LOWER_SECONDARY, level(3), evidence("lower secondary"))
                .fact(Tt25Facts.LITERACY, level(2), evidence("literacy"))
                .fact(Tt25Facts.LEARNING_CITIZENS, share(800, 1000), evidence("learning citizens"))
                .fact(Tt25Facts.TRAINED_CITIZENS, share(600, 1000), evidence("trained"))
                .fact(Tt25Facts.UNIVERSITY_EDUCATED_CITIZENS, share(150, 1000), evidence("university"));
    }

    /**
     * The Level 2 commune counted out of {@code citizens} (Art. 6(5), 7(5): one whole for every share), each
     * share at the least count reaching its Level 2 threshold: 80 %, 60 %, 15 %.
     */
    static Dossier.Builder communeLevel2(Subject subject, long citizens) {
        return communeLevel2(subject)
                .fact(Tt25Facts.LEARNING_CITIZENS, share(atLeast(citizens, 80), citizens), evidence("learning citizens"))
                .fact(Tt25Facts.TRAINED_CITIZENS, share(atLeast(citizens, 60), citizens), evidence("trained"))
                .fact(Tt25Facts.UNIVERSITY_EDUCATED_CITIZENS, share(atLeast(citizens, 15), citizens), evidence("university"));
    }

    /** The least count that is at least {@code percent} % of {@code of}. */
    static long atLeast(long of, int percent) {
        return (of * percent + 99) / 100;
    }

    static Dossier.Builder communeLevel2() {
        return communeLevel2(commune());
    }

    /** Flags of criteria 1-3 of the district, in indicator order. */
    static final List<FactKey<FactValue.Flag>> DISTRICT_FLAGS = List.of(Tt25Facts.AWARENESS_RAISING,
            Tt25Facts.DIRECTING_DOCUMENTS, Tt25Facts.LIFELONG_LEARNING_WEEK, Tt25Facts.STATE_BUDGET,
            Tt25Facts.SOCIAL_MOBILISATION, Tt25Facts.CENTRAL_AND_PROVINCIAL_POLICIES,
            Tt25Facts.DIGITAL_SERVICES_AND_TOOLS, Tt25Facts.DIGITAL_LEARNING_ENVIRONMENT,
            Tt25Facts.PUBLIC_LIBRARY_SERVICES, Tt25Facts.CULTURE_SPORTS_WITH_COMMUNES);

    /** Flags of criteria 1-3 of the province, in indicator order. */
    static final List<FactKey<FactValue.Flag>> PROVINCE_FLAGS = List.of(Tt25Facts.AWARENESS_RAISING,
            Tt25Facts.DIRECTING_DOCUMENTS, Tt25Facts.EMULATION_MOVEMENT, Tt25Facts.STATE_BUDGET,
            Tt25Facts.CENTRAL_POLICIES, Tt25Facts.LOCAL_POLICIES, Tt25Facts.INTERNATIONAL_COOPERATION,
            Tt25Facts.DIGITAL_SERVICES_AND_TOOLS, Tt25Facts.UNIVERSITY_DIGITAL_TRANSFORMATION,
            Tt25Facts.DIGITAL_LEARNING_ENVIRONMENT, Tt25Facts.PUBLIC_LIBRARY_SERVICES,
            Tt25Facts.RADIO_TV_LEARNING_CONTENT);

    /** A recognition of a member unit decided on the date. */
    static Recognition recognition(Level level, LocalDate decided) {
        return new Recognition(Tt25.ID, level, RecognitionKind.FIRST, decided, "12/QĐ-PGDĐT", "Phòng GDĐT",
                decided.getYear() - 1);
    }

    /** Members recognised at the levels given (null: never recognised), decided on 20 March 2025. */
    static List<Constituent> members(String prefix, Level... levels) {
        LocalDate decided = LocalDate.of(2025, 3, 20);
        List<Constituent> out = new java.util.ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            List<Recognition> held = levels[i] == null ? List.of() : List.of(recognition(levels[i], decided));
            out.add(new Constituent(prefix + "-" + (i + 10), prefix + " " + (i + 10), held));
        }
        return out;
    }

    /** {@code l1} members at Level 1, {@code l2} at Level 2, {@code none} never recognised, in that order. */
    static List<Constituent> members(String prefix, int l1, int l2, int none) {
        List<Level> levels = new java.util.ArrayList<>();
        levels.addAll(java.util.Collections.nCopies(l1, Level.LEVEL_1));
        levels.addAll(java.util.Collections.nCopies(l2, Level.LEVEL_2));
        levels.addAll(java.util.Collections.nCopies(none, null));
        return members(prefix, levels.toArray(Level[]::new));
    }

    /** The dossier with its members replaced. */
    static Dossier withMembers(Dossier dossier, List<Constituent> members) {
        return new Dossier(dossier.scheme(), dossier.subject(), dossier.period(), dossier.facts(), dossier.history(),
                members, dossier.proceedings());
    }

    static Level[] repeat(int n, Level level) {
        Level[] out = new Level[n];
        java.util.Arrays.fill(out, level);
        return out;
    }

    /** A district meeting every Level 2 test: all ten communes at commune Level 2. */
    static Dossier.Builder districtLevel2() {
        Dossier.Builder b = Dossier.builder(Tt25.ID, district(), YEAR);
        DISTRICT_FLAGS.forEach(k -> b.fact(k, yes(), evidence(k.name())));
        members("xa", repeat(10, Level.LEVEL_2)).forEach(b::constituent);
        return b.fact(Tt25Facts.INCOME_PER_CAPITA, trend("62.5", "68.1"), evidence("income"))
                .fact(Tt25Facts.EMPLOYED_LABOUR_RATE, trend("96.1", "96.4"), evidence("employment"));
    }

    /** A province with a university meeting every Level 2 test: all ten districts at district Level 2. */
    static Dossier.Builder provinceLevel2(SubjectAttribute... attributes) {
        Dossier.Builder b = Dossier.builder(Tt25.ID, province(attributes), YEAR);
        PROVINCE_FLAGS.forEach(k -> b.fact(k, yes(), evidence(k.name())));
        members("huyen", repeat(10, Level.LEVEL_2)).forEach(b::constituent);
        return b.fact(Tt25Facts.MUSEUM_PROGRAMMES, new FactValue.Count(4), evidence("museum"))
                .fact(Tt25Facts.RADIO_TV_PROGRAMMES, new FactValue.Count(4), evidence("radio-TV"))
                .fact(Tt25Facts.MULTIDIMENSIONAL_POVERTY_RATE, trend("2.10", "1.85"), evidence("poverty"))
                .fact(Tt25Facts.GRDP, trend("1200000", "1310000"), evidence("GRDP"));
    }

    static Decision evaluate(Dossier dossier) {
        return Tt25.scheme().evaluate(dossier, AS_OF);
    }

    static Decision evaluate(Dossier dossier, Interpretations interpretations) {
        return Tt25.scheme().evaluate(dossier, AS_OF, interpretations);
    }

    static Finding finding(Decision decision, String id) {
        return decision.find(id).orElseThrow(() -> new AssertionError("no finding " + id));
    }
}
