package io.github.xhht.tt24;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.model.FactKey;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.rule.Applicability;
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
    static final Text CRITERION_2 = Text.of("Về kết quả học tập của thành viên trong đơn vị", "Learning results of the unit's members");
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
        Measure measure = Limbs.of(Measures.shareAtLeast(Tt24Facts.MEMBERS_LEARNING_CITIZENS, membersPercent),
                new Limbs.Limb(Text.of("người học", "learners"), UnitTypes.WITH_LEARNERS,
                        Measures.shareAtLeast(Tt24Facts.LEARNERS_LEARNING_CITIZENS, learnersPercent)));
        return Indicator.of(id, cite, LEARNING_CITIZENS, measure);
    }

    /** Point (b) of criterion 3; at district level public pre-schools also train private pre-schools' teachers. */
    static Indicator learningEnvironment(String id, Citation cite, boolean preschoolLimb) {
        Measure main = Measures.flag(Tt24Facts.LEARNING_ENVIRONMENT);
        Measure measure = preschoolLimb
                ? Limbs.of(main, new Limbs.Limb(Text.of("hỗ trợ giáo viên mầm non dân lập, tư thục",
                        "support for private pre-schools' teachers"), UnitTypes.PUBLIC_PRESCHOOL,
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
    static Indicator digitalLevel(String id, Citation cite, Text label, Applicability scope, int minimum) {
        return Indicator.of(id, cite, label, Measures.levelAtLeast(Tt24Facts.DIGITAL_TRANSFORMATION_LEVEL, minimum))
                .applicableWhen(scope);
    }

    /** The last point of criterion 3: vocational-education institutions pass quality accreditation. */
    static Indicator accreditation(String id, Citation cite) {
        return Indicator.of(id, cite, ACCREDITATION, Measures.flag(Tt24Facts.VOCATIONAL_ACCREDITATION))
                .applicableWhen(UnitTypes.VOCATIONAL);
    }
}
