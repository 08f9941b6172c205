package io.github.xhht.tt24;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.model.FactKey;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.rule.Applicability;
import io.github.xhht.core.rule.Criterion;
import io.github.xhht.core.rule.Indicator;
import io.github.xhht.core.rule.Measure;
import io.github.xhht.core.rule.Measures;

/**
 * The indicators that several articles state alike, with the article's own citation and thresholds,
 * so each article class only says which points it has and at what level.
 */
final class Points {
    private Points() {
    }

    static final Text CRITERION_1 = Text.of("Về điều kiện xây dựng \"Đơn vị học tập\"", "Conditions for building a Learning Unit");
    static final Text CRITERION_2 = Text.of("Về kết quả học tập của Thành viên trong đơn vị", "Learning results of the unit's members");
    static final Text CRITERION_3 = Text.of("Tác dụng của việc xây dựng \"Đơn vị học tập\"", "Effects of building the Learning Unit");

    static final Text LEARNING_CITIZENS = Text.of("Danh hiệu \"Công dân học tập\"", "\"Learning citizen\" title");
    static final Text LEARNING_ENVIRONMENT = Text.of("Môi trường học tập, chia sẻ tri thức", "Learning environment and knowledge sharing");
    static final Text COLLECTIVE_TITLE = Text.of("Danh hiệu \"Tập thể lao động tiên tiến\" trở lên",
            "\"Advanced labour collective\" title or higher");
    static final Text ACCREDITATION = Text.of("Kiểm định chất lượng giáo dục nghề nghiệp", "Vocational-education quality accreditation");

    /** A point reported as carried out, with evidence. */
    static Indicator flag(String id, Citation cite, Text label, FactKey<FactValue.Flag> key) {
        return Indicator.of(id, cite, label, Measures.flag(key));
    }

    /** A share of members (Art. 2(7)) at or above a percentage. */
    static Indicator share(String id, Citation cite, Text label, FactKey<FactValue.Share> key, int percent) {
        return Indicator.of(id, cite, label, Measures.shareAtLeast(key, percent));
    }

    /** Point (a) of criterion 3: members, and for institutions with learners also learners, holding "Công dân học tập". */
    static Indicator learningCitizens(String id, Citation cite, int membersPercent, int learnersPercent) {
        Measure measure = Limbs.of(Text.of("thành viên", "members"),
                Measures.shareAtLeast(Tt24Facts.MEMBERS_LEARNING_CITIZENS, membersPercent),
                new Limbs.Limb(Text.of("người học", "learners"), UnitTypes.WITH_LEARNERS,
                        Measures.shareAtLeast(Tt24Facts.LEARNERS_LEARNING_CITIZENS, learnersPercent)));
        return Indicator.of(id, cite, LEARNING_CITIZENS, measure);
    }

    /** Point (b) of criterion 3; at district level public pre-schools also train private pre-schools' teachers. */
    static Indicator learningEnvironment(String id, Citation cite, boolean preschoolLimb) {
        Measure main = Measures.flag(Tt24Facts.LEARNING_ENVIRONMENT);
        Measure measure = preschoolLimb
                ? Limbs.of(Text.of("môi trường học tập, chia sẻ tri thức", "learning environment and knowledge sharing"),
                        main, new Limbs.Limb(Text.of("tổ chức, phối hợp bồi dưỡng hỗ trợ giáo viên mầm non dân lập, tư thục",
                        "organising or co-organising training for private pre-schools' teachers"), UnitTypes.PUBLIC_PRESCHOOL,
                        Measures.flag(Tt24Facts.PRIVATE_PRESCHOOL_TEACHER_TRAINING)))
                : main;
        return Indicator.of(id, cite, LEARNING_ENVIRONMENT, measure);
    }

    /** Point (c) of criterion 3: the collective title "Tập thể lao động tiên tiến" or higher. */
    static Measure collectiveTitleMeasure() {
        return Measures.titleAtLeast(Tt24Facts.COLLECTIVE_TITLE, CollectiveTitle.codes(), CollectiveTitle.labels(),
                CollectiveTitle.MINIMUM.name());
    }

    static Indicator collectiveTitle(String id, Citation cite) {
        return Indicator.of(id, cite, COLLECTIVE_TITLE, collectiveTitleMeasure());
    }

    /** A digital-transformation level at or above a minimum, for the units of one decision. */
    static Indicator digitalLevel(String id, Citation cite, String decision, Applicability scope, int minimum) {
        return Indicator.of(id, cite, digitalLabel(minimum, decision), new DigitalLevel(minimum, decision))
                .applicableWhen(scope);
    }

    /** The last point of criterion 3: vocational-education institutions pass quality accreditation. */
    static Indicator accreditation(String id, Citation cite) {
        return Indicator.of(id, cite, ACCREDITATION, Measures.flag(Tt24Facts.VOCATIONAL_ACCREDITATION))
                .applicableWhen(UnitTypes.VOCATIONAL);
    }

    /**
     * Criterion 2 as Art. 6(2) and 7(2) state it: four shares of members at one percentage and the
     * language share (not for economic organisations) at its own.
     *
     * @param clause the clause whose points are cited (6(2) or 7(2))
     */
    static Criterion membersResults(String levelId, Citation criterionCite, Citation clause, int percent,
            Text languageLabel, FactKey<FactValue.Share> language, int languagePercent) {
        String c = levelId + ".c2";
        return Criterion.of(c, criterionCite, CRITERION_2,
                share(c + ".i1", clause.point("a"), Text.of("Tuân thủ kỷ luật, đoàn kết", "Discipline and solidarity"),
                        Tt24Facts.MEMBERS_OBSERVING_DISCIPLINE, percent),
                share(c + ".i2", clause.point("b"),
                        Text.of("Hoàn thành chương trình học tập, bồi dưỡng", "Required programmes completed"),
                        Tt24Facts.MEMBERS_COMPLETING_PROGRAMMES, percent),
                share(c + ".i3", clause.point("c"),
                        Text.of("Đào tạo, tham gia chuyển đổi số", "Trained in and taking part in digital transformation"),
                        Tt24Facts.MEMBERS_IN_DIGITAL_TRANSFORMATION, percent),
                share(c + ".i4", clause.point("d"), languageLabel, language, languagePercent)
                        .applicableWhen(UnitTypes.NOT_ECONOMIC_ORGANISATION),
                share(c + ".i5", clause.point("đ"),
                        Text.of("Danh hiệu \"Lao động tiên tiến\" trở lên", "\"Advanced worker\" title or higher"),
                        Tt24Facts.MEMBERS_ADVANCED_WORKERS, percent));
    }

    /** The digital-transformation level required, as the articles name it: "basic response" or "good response". */
    static Text digitalLabel(int level, String decision) {
        Text name = DigitalLevel.name(level);
        return Text.of("Chuyển đổi số đạt " + name.vi() + " (Quyết định " + decision + ")",
                "Digital transformation at \"" + name.en() + "\" (Decision " + decision + ")");
    }

    /**
     * Criterion 3 of a district unit as Art. 6(3) and 7(3) state it: five points, with the pre-school limb
     * in (b) and the title of (c) as given.
     */
    static Criterion districtEffects(String levelId, Citation clause, int membersPercent, int learnersPercent,
            Indicator collectiveTitle, int digitalLevel) {
        String c = levelId + ".c3";
        return Criterion.of(c, clause, CRITERION_3,
                learningCitizens(c + ".i1", clause.point("a"), membersPercent, learnersPercent),
                learningEnvironment(c + ".i2", clause.point("b"), true),
                collectiveTitle,
                digitalLevel(c + ".i4", clause.point("d"), "4725/QĐ-BGDĐT", UnitTypes.DIGITAL_4725_DISTRICT, digitalLevel),
                accreditation(c + ".i5", clause.point("đ")));
    }

    /**
     * Criterion 3 of a provincial unit as Art. 12(3) and 13(3) state it: six points, no pre-school limb,
     * digital transformation under Decision 4725 for schools and GDTX centres and 4740 for higher education.
     */
    static Criterion provincialEffects(String levelId, Citation clause, int membersPercent, int learnersPercent,
            int digitalLevel) {
        String c = levelId + ".c3";
        return Criterion.of(c, clause, CRITERION_3,
                learningCitizens(c + ".i1", clause.point("a"), membersPercent, learnersPercent),
                learningEnvironment(c + ".i2", clause.point("b"), false),
                collectiveTitle(c + ".i3", clause.point("c")),
                digitalLevel(c + ".i4", clause.point("d"), "4725/QĐ-BGDĐT", UnitTypes.DIGITAL_4725_PROVINCE, digitalLevel),
                digitalLevel(c + ".i5", clause.point("đ"), "4740/QĐ-BGDĐT", UnitTypes.DIGITAL_4740, digitalLevel),
                accreditation(c + ".i6", clause.point("e")));
    }
}
