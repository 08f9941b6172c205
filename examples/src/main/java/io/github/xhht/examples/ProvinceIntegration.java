package io.github.xhht.examples;

import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.eval.LevelResult;
import io.github.xhht.core.eval.Schemes;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.json.DecisionJson;
import io.github.xhht.core.json.DossierJson;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.AssessmentPeriod;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.Evidence;
import io.github.xhht.core.model.FactKey;
import io.github.xhht.core.model.FactValue.Flag;
import io.github.xhht.core.model.FactValue.LevelValue;
import io.github.xhht.core.model.FactValue.Share;
import io.github.xhht.core.model.Subject;
import io.github.xhht.core.model.SubjectAttribute;
import io.github.xhht.core.model.SubjectKind;
import io.github.xhht.core.rule.Finding;
import io.github.xhht.core.rule.Outcome;
import io.github.xhht.tt24.Tt24;
import io.github.xhht.tt25.Tt25;
import io.github.xhht.tt25.Tt25Facts;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * How a province's own software calls xhht: it turns a row of its database into a {@link Dossier},
 * evaluates it with the rules in force on a date it chooses, reads the verdict and the reasons, tries
 * another reading of an interpretation, and exchanges dossiers and decisions as JSON.
 *
 * <p>{@code ProvinceIntegrationTest} runs it; it prints in Vietnamese, the language of its users.
 */
public final class ProvinceIntegration {
    private ProvinceIntegration() {
    }

    /**
     * One commune's yearly report as the province's database holds it (its own shape, not xhht's).
     *
     * @param code             the commune's code in the national list
     * @param name             its name
     * @param province         the province
     * @param difficultArea    whether it is on the list of communes in difficult areas (I-9: given, never derived)
     * @param year             the year reported
     * @param citizens         citizens of the commune
     * @param learningCitizens citizens holding the "Công dân học tập" title
     * @param trainedCitizens  citizens with vocational or technical qualifications
     * @param graduates        citizens with a university degree
     * @param budgetDecision   the number of the decision that allocated the budget, empty if the file is missing
     */
    public record CommuneReport(String code, String name, String province, boolean difficultArea, int year,
                                long citizens, long learningCitizens, long trainedCitizens, long graduates,
                                Optional<String> budgetDecision) {
    }

    /** Turns the province's row into a dossier; each fact carries the document that proves it. */
    public static Dossier toDossier(CommuneReport r) {
        Subject.Builder subject = Subject.builder(SubjectKind.COMMUNE, r.code(), r.name()).jurisdiction(r.province());
        if (r.difficultArea()) {
            subject.with(SubjectAttribute.DIFFICULT_AREA);
        }
        LocalDate reported = LocalDate.of(r.year(), 12, 20);
        Evidence report = Evidence.of("BC-" + r.year() + "/UBND", "UBND " + r.name(), reported, "Báo cáo kết quả năm " + r.year());
        Dossier.Builder d = Dossier.builder(Tt25.ID, subject.build(), AssessmentPeriod.calendarYear(r.year()));
        for (FactKey<Flag> key : List.of(Tt25Facts.AWARENESS_RAISING, Tt25Facts.ANNUAL_PLAN,
                Tt25Facts.LIFELONG_LEARNING_WEEK, Tt25Facts.SOCIAL_MOBILISATION, Tt25Facts.COORDINATION_MECHANISM,
                Tt25Facts.COMMUNITY_LEARNING_CENTRE, Tt25Facts.COMMUNE_LIBRARY, Tt25Facts.CULTURE_SPORTS_CENTRE,
                Tt25Facts.UNIVERSAL_PRESCHOOL)) {
            d.fact(key, Flag.TRUE, report);
        }
        // the budget is proved by its own decision; a missing file means no evidence (I-7)
        d.fact(Tt25Facts.STATE_BUDGET, Flag.TRUE, r.budgetDecision()
                .map(n -> new Evidence[] {Evidence.of(n, "UBND " + r.name(), LocalDate.of(r.year(), 1, 10), "Dự toán kinh phí")})
                .orElse(new Evidence[0]));
        d.fact(Tt25Facts.UNIVERSAL_PRIMARY, new LevelValue(3), report);
        d.fact(Tt25Facts.UNIVERSAL_LOWER_SECONDARY, new LevelValue(3), report);
        d.fact(Tt25Facts.LITERACY, new LevelValue(2), report);
        d.fact(Tt25Facts.LEARNING_CITIZENS, new Share(r.learningCitizens(), r.citizens()), report);
        d.fact(Tt25Facts.TRAINED_CITIZENS, new Share(r.trainedCitizens(), r.citizens()), report);
        d.fact(Tt25Facts.UNIVERSITY_EDUCATED_CITIZENS, new Share(r.graduates(), r.citizens()), report);
        return d.build();
    }

    /** The whole walk-through, printed to {@code out}; {@code json} is a dossier file to read, if any. */
    public static void run(PrintStream out, Optional<Path> json) {
        // one registry for every scheme the province uses; evaluation is pure and thread-safe
        Schemes schemes = Schemes.of(Tt25.scheme(), Tt24.scheme());
        // the council's meeting date: the rules in force on that day apply (never the computer's clock)
        LocalDate asOf = LocalDate.of(2025, 3, 31);

        CommuneReport row = new CommuneReport("VN-01-00002", "Xã Đông Hòa", "Hà Nội", false, 2024,
                5_000, 4_100, 3_000, 760, Optional.empty());
        Decision decision = schemes.evaluate(toDossier(row), asOf, Interpretations.defaults());
        out.println("1. " + row.name() + ", " + asOf + ": " + verdict(decision));
        for (LevelResult level : decision.levels()) {
            out.println("   " + level.level().label().vi() + ": " + level.outcome().label().vi());
        }
        for (Finding f : decision.indicators()) {
            if (f.outcome() == Outcome.NOT_MET || f.outcome() == Outcome.UNKNOWN) {
                out.println("   - " + f.id() + " " + f.label().vi() + ": " + f.reason().message(Lang.VI)
                        + " (" + f.citation().map(c -> c.render(Lang.VI)).orElse("") + ")");
            }
        }

        // the same dossier once the budget decision is attached
        CommuneReport fixed = new CommuneReport(row.code(), row.name(), row.province(), false, 2024, 5_000, 4_100, 3_000,
                760, Optional.of("05/QĐ-UBND"));
        out.println("2. " + verdict(schemes.evaluate(toDossier(fixed), asOf, Interpretations.defaults()))
                + " (bổ sung minh chứng 05/QĐ-UBND)");

        // an interpretation is a named option: here I-7 (no evidence = not met) is relaxed, for comparison only
        Decision lenient = schemes.evaluate(toDossier(row), asOf, Interpretations.defaults().withEvidenceRequired(false));
        out.println("3. " + verdict(lenient) + " (I-7 = không bắt buộc minh chứng)");

        // dossiers and decisions travel as JSON between systems
        json.ifPresent(path -> {
            Dossier fromFile = DossierJson.strict().read(path);
            Decision result = schemes.evaluate(fromFile, asOf, Interpretations.defaults());
            out.println("4. " + fromFile.subject().name() + ": " + verdict(result));
            String line = DecisionJson.writeLine(result);
            out.println("   JSON: " + line.length() + " ký tự, bắt đầu " + line.substring(0, Math.min(60, line.length())));
        });
    }

    static String verdict(Decision d) {
        return d.highestLevel().map(l -> "đạt " + l.label().vi()).orElse("chưa đạt mức độ nào");
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        run(out, args.length > 0 ? Optional.of(Path.of(args[0])) : Optional.empty());
    }
}
