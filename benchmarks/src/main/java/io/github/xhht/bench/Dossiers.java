package io.github.xhht.bench;

import io.github.xhht.core.model.AdminLevel;
import io.github.xhht.core.model.AssessmentPeriod;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.Evidence;
import io.github.xhht.core.model.Fact;
import io.github.xhht.core.model.FactKey;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.model.Subject;
import io.github.xhht.core.model.SubjectAttribute;
import io.github.xhht.core.model.SubjectKind;
import io.github.xhht.tt24.CollectiveTitle;
import io.github.xhht.tt24.Tt24;
import io.github.xhht.tt24.Tt24Facts;
import io.github.xhht.tt24.UnitKind;
import io.github.xhht.tt25.Tt25;
import io.github.xhht.tt25.Tt25Facts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Synthetic dossiers from a fixed seed: the same seed gives the same list on every machine. The mix is
 * what a province sees in a campaign: communes that reach Level 2, Level 1 or neither, indicators not
 * met by a hair (one person below a threshold), facts reported without evidence, facts not reported,
 * and communes in a difficult area whose milder workforce thresholds decide the outcome.
 */
public final class Dossiers {
    private Dossiers() {
    }

    /** The seed every benchmark uses. */
    public static final long SEED = 20240212L;
    /** The as-of date every benchmark asks for: TT 24 and TT 25 are in force. */
    public static final LocalDate AS_OF = LocalDate.of(2025, 3, 1);
    /** The assessment period of every dossier. */
    public static final AssessmentPeriod PERIOD = AssessmentPeriod.calendarYear(2024);

    private static final String[] PROVINCES = {"Hà Nội", "Nam Định", "Hà Giang", "Quảng Trị", "Đắk Lắk", "Cà Mau"};
    private static final String[] NAMES = {"Minh Khai", "Yên Sơn", "Tân Lập", "Phú Xuân", "Hòa Bình", "Đồng Tâm"};

    private static final List<FactKey<FactValue.Flag>> COMMUNE_FLAGS = List.of(Tt25Facts.AWARENESS_RAISING,
            Tt25Facts.ANNUAL_PLAN, Tt25Facts.LIFELONG_LEARNING_WEEK, Tt25Facts.STATE_BUDGET,
            Tt25Facts.SOCIAL_MOBILISATION, Tt25Facts.COORDINATION_MECHANISM, Tt25Facts.COMMUNITY_LEARNING_CENTRE,
            Tt25Facts.COMMUNE_LIBRARY, Tt25Facts.CULTURE_SPORTS_CENTRE, Tt25Facts.UNIVERSAL_PRESCHOOL);

    /** {@code n} TT 25 commune dossiers from {@code seed}. */
    public static List<Dossier> communes(int n, long seed) {
        List<Dossier> out = new ArrayList<>(n);
        communes(n, seed, out::add);
        return out;
    }

    /** The same dossiers one at a time, for data sets too large to hold. */
    public static void communes(long n, long seed, Consumer<Dossier> sink) {
        SplittableRandom random = new SplittableRandom(seed);
        for (long i = 0; i < n; i++) {
            sink.accept(commune(i, random));
        }
    }

    /** {@code n} TT 24 unit dossiers of every kind at every tier that evaluates it, from {@code seed}. */
    public static List<Dossier> units(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<UnitKind> kinds = List.of(UnitKind.values());
        List<Dossier> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(unit(i, kinds.get(random.nextInt(kinds.size())), random));
        }
        return out;
    }

    // ------------------------------------------------------------------ TT 25 communes

    /** How good a commune is before defects are planted. */
    private enum Grade { LEVEL_2, LEVEL_1, BELOW }

    private static Dossier commune(long index, SplittableRandom random) {
        boolean difficult = random.nextInt(100) < 20;
        Subject.Builder subject = Subject.builder(SubjectKind.COMMUNE, String.format("VN-%02d-%05d", index % 63 + 1, index),
                "Xã " + NAMES[random.nextInt(NAMES.length)] + " " + index).jurisdiction(PROVINCES[random.nextInt(PROVINCES.length)]);
        if (difficult) {
            subject.with(SubjectAttribute.DIFFICULT_AREA);
        }
        Dossier.Builder b = Dossier.builder(Tt25.ID, subject.build(), PERIOD);
        int roll = random.nextInt(100);
        Grade grade = roll < 35 ? Grade.LEVEL_2 : roll < 75 ? Grade.LEVEL_1 : Grade.BELOW;
        long citizens = 1_500 + random.nextInt(28_500);

        for (FactKey<FactValue.Flag> key : COMMUNE_FLAGS) {
            b.fact(key, FactValue.Flag.TRUE, evidence(index, key.name()));
        }
        boolean top = grade == Grade.LEVEL_2;
        b.fact(Tt25Facts.UNIVERSAL_PRIMARY, new FactValue.LevelValue(top ? 3 : 2 + random.nextInt(2)), evidence(index, "primary"));
        b.fact(Tt25Facts.UNIVERSAL_LOWER_SECONDARY, new FactValue.LevelValue(top ? 3 : 2 + random.nextInt(2)),
                evidence(index, "lowerSecondary"));
        b.fact(Tt25Facts.LITERACY, new FactValue.LevelValue(top ? 2 : 1), evidence(index, "literacy"));
        // Level 2 thresholds: 80 %; trained 60 / 50 (difficult); university 15 / 12. Level 1: 60; 50 / 40; 12 / 10.
        int lcFloor = top ? 80 : 60;
        int trainedFloor = top ? (difficult ? 50 : 60) : (difficult ? 40 : 50);
        int universityFloor = top ? (difficult ? 12 : 15) : (difficult ? 10 : 12);
        b.fact(Tt25Facts.LEARNING_CITIZENS, share(citizens, lcFloor, random), evidence(index, "learningCitizens"));
        b.fact(Tt25Facts.TRAINED_CITIZENS, share(citizens, trainedFloor, random), evidence(index, "trained"));
        b.fact(Tt25Facts.UNIVERSITY_EDUCATED_CITIZENS, share(citizens, universityFloor, random), evidence(index, "university"));

        if (grade == Grade.BELOW) {
            // one to three defects of any kind
            int defects = 1 + random.nextInt(3);
            for (int d = 0; d < defects; d++) {
                defect(b, random);
            }
        } else if (random.nextInt(100) < 15) {
            // a good commune with one gap in its paperwork
            defect(b, random);
        }
        return b.build();
    }

    private static void defect(Dossier.Builder b, SplittableRandom random) {
        Dossier probe = b.build();
        List<String> names = probe.factNames();
        String name = names.get(random.nextInt(names.size()));
        Fact fact = probe.facts().get(name);
        switch (random.nextInt(4)) {
            case 0 -> b.fact(name, new Fact(fact.value(), List.of())); // reported without evidence
            case 1 -> b.without(name); // not reported
            default -> b.fact(name, new Fact(worse(fact.value(), random), fact.evidence())); // not met
        }
    }

    /** A value that fails every level's test: a flag not done, a level too low, one person short of 40 %. */
    private static FactValue worse(FactValue value, SplittableRandom random) {
        if (value instanceof FactValue.Flag) {
            return FactValue.Flag.FALSE;
        }
        if (value instanceof FactValue.LevelValue l) {
            return new FactValue.LevelValue(random.nextInt(2) == 0 ? 0 : Math.max(0, l.level() - 2));
        }
        if (value instanceof FactValue.Share s) {
            return random.nextInt(2) == 0
                    ? new FactValue.Share(Math.max(0, ceilPercent(s.of(), 10) - 1), s.of())
                    : new FactValue.Share(ceilPercent(s.of(), 5), s.of());
        }
        return value;
    }

    /** A share at or just above {@code floor} %: a quarter of them exactly on the boundary. */
    private static FactValue.Share share(long of, int floor, SplittableRandom random) {
        long atFloor = ceilPercent(of, floor);
        long count = random.nextInt(4) == 0 ? atFloor : Math.min(of, atFloor + random.nextLong(of / 10 + 1));
        return new FactValue.Share(count, of);
    }

    /** The least count whose share of {@code of} is at least {@code percent} %. */
    static long ceilPercent(long of, int percent) {
        return (of * percent + 99) / 100;
    }

    private static Evidence evidence(long index, String what) {
        return Evidence.of((index % 97 + 1) + "/BC-UBND", "UBND xã", LocalDate.of(2024, 12, 15), "Báo cáo " + what);
    }

    // ------------------------------------------------------------------ TT 24 units

    private static Dossier unit(int index, UnitKind kind, SplittableRandom random) {
        AdminLevel tier = kind.evaluatedAt(AdminLevel.DISTRICT) && (!kind.evaluatedAt(AdminLevel.PROVINCE) || random.nextBoolean())
                ? AdminLevel.DISTRICT : AdminLevel.PROVINCE;
        Subject.Builder subject = Subject.builder(SubjectKind.UNIT, "u-" + index, "Đơn vị " + index)
                .jurisdiction(PROVINCES[random.nextInt(PROVINCES.length)]).unitKind(kind.code()).tier(tier);
        if (random.nextBoolean()) {
            subject.with(SubjectAttribute.PUBLIC_INSTITUTION);
        }
        if (random.nextInt(3) == 0) {
            subject.with(SubjectAttribute.STATE_AGENCY);
        }
        Dossier.Builder b = Dossier.builder(Tt24.ID, subject.build(), PERIOD);
        long members = 20 + random.nextInt(480);
        long learners = 100 + random.nextInt(3_000);
        int roll = random.nextInt(100);
        Grade grade = roll < 35 ? Grade.LEVEL_2 : roll < 70 ? Grade.LEVEL_1 : Grade.BELOW;
        // the gaps of a good unit's paperwork are rare; a weak unit's are not
        int gapPercent = grade == Grade.BELOW ? 6 : 1;
        int titles = CollectiveTitle.values().length;
        for (FactKey<?> key : Tt24Facts.ALL) {
            int gap = random.nextInt(100);
            if (gap < gapPercent) {
                continue; // not reported
            }
            FactValue value = switch (key.kind()) {
                case FLAG -> FactValue.Flag.of(grade != Grade.BELOW || random.nextInt(100) < 85);
                case SHARE -> {
                    long of = key == Tt24Facts.LEARNERS_LEARNING_CITIZENS ? learners : members;
                    int percent = switch (grade) {
                        case LEVEL_2 -> 97 + random.nextInt(4);
                        case LEVEL_1 -> 95 + random.nextInt(2);
                        case BELOW -> 60 + random.nextInt(41);
                    };
                    yield new FactValue.Share(ceilPercent(of, percent), of);
                }
                case LEVEL -> new FactValue.LevelValue(grade == Grade.LEVEL_2 ? 2 : grade == Grade.LEVEL_1 ? 1 + random.nextInt(2)
                        : random.nextInt(3));
                case TITLE -> new FactValue.Title(CollectiveTitle.values()[grade == Grade.LEVEL_2 ? 3 + random.nextInt(titles - 3)
                        : grade == Grade.LEVEL_1 ? 1 + random.nextInt(titles - 1) : random.nextInt(titles)].name());
                default -> throw new IllegalStateException("no generator for " + key);
            };
            b.fact(key.name(), gap < 2 * gapPercent ? new Fact(value, List.of()) : Fact.of(value, evidence(index, key.name())));
        }
        return b.build();
    }
}
