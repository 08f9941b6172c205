package io.github.xhht.tt24;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.model.FactKey;
import io.github.xhht.core.model.FactValue.Flag;
import io.github.xhht.core.model.FactValue.LevelValue;
import io.github.xhht.core.model.FactValue.Share;
import io.github.xhht.core.model.FactValue.Title;
import java.util.List;

/**
 * The facts a TT 24 dossier reports, shared by every level and tier where the circular measures the same
 * thing. Members' shares count out of all members of the unit (staff and workers, Art. 2(7)); learners'
 * shares out of the learners of Art. 2(8).
 */
public final class Tt24Facts {
    private Tt24Facts() {
    }

    // Criterion 1: conditions (Art. 6(1)).

    /** Art. 6(1)(a): an annual learning plan issued and carried out. */
    public static final FactKey<Flag> ANNUAL_LEARNING_PLAN = FactKey.flag("annualLearningPlan",
            Text.of("Ban hành và thực hiện kế hoạch học tập hằng năm", "Annual learning plan issued and carried out"));

    /** Art. 6(1)(b): training regimes applied in full and internal rules encouraging learning. */
    public static final FactKey<Flag> TRAINING_REGIMES_AND_INCENTIVES = FactKey.flag("trainingRegimesAndIncentives",
            Text.of("Thực hiện đầy đủ chế độ đào tạo, bồi dưỡng; có quy định khuyến khích học tập",
                    "Training regimes applied in full; internal rules encouraging learning"));

    /** Art. 6(1)(b), public pre-schools: taking part in training that supports private pre-schools' teachers. */
    public static final FactKey<Flag> PRIVATE_PRESCHOOL_TEACHER_SUPPORT = FactKey.flag("privatePreschoolTeacherSupport",
            Text.of("Tham gia hoạt động bồi dưỡng, nâng cao trình độ hỗ trợ giáo viên cơ sở giáo dục mầm non dân lập, tư thục",
                    "Takes part in training supporting teachers of private pre-schools"));

    /** Art. 6(1)(c): enough annual state-budget funding for members' training. */
    public static final FactKey<Flag> TRAINING_BUDGET_ALLOCATED = FactKey.flag("trainingBudgetAllocated",
            Text.of("Bố trí đủ kinh phí ngân sách nhà nước hằng năm cho đào tạo, bồi dưỡng",
                    "Enough annual state-budget funding for training"));

    /** Art. 6(1)(d): digital transformation carried out and members equipped for learning in a digital setting. */
    public static final FactKey<Flag> DIGITAL_TRANSFORMATION_AND_EQUIPMENT = FactKey.flag("digitalTransformationAndEquipment",
            Text.of("Thực hiện chuyển đổi số; thành viên được trang bị phương tiện, thiết bị học tập",
                    "Digital transformation carried out; members equipped with learning tools"));

    /** Art. 6(1)(đ): taking part in activities serving lifelong learning. */
    public static final FactKey<Flag> LIFELONG_LEARNING_ACTIVITIES = FactKey.flag("lifelongLearningActivities",
            Text.of("Tham gia các hoạt động phục vụ học tập suốt đời", "Takes part in activities serving lifelong learning"));

    // Criterion 2: members' learning results (Art. 6(2), 7(2)).

    /** Art. 6(2)(a): members keeping labour discipline and internal rules, with solidarity. */
    public static final FactKey<Share> MEMBERS_OBSERVING_DISCIPLINE = FactKey.share("membersObservingDiscipline",
            Text.of("Thành viên chấp hành kỷ luật lao động, nội quy, quy chế; đoàn kết, hợp tác",
                    "Members keeping labour discipline and internal rules, with solidarity"));

    /** Art. 6(2)(b): members completing the required study and refresher programmes. */
    public static final FactKey<Share> MEMBERS_COMPLETING_PROGRAMMES = FactKey.share("membersCompletingProgrammes",
            Text.of("Thành viên hoàn thành các chương trình học tập, bồi dưỡng", "Members completing required programmes"));

    /** Art. 6(2)(c): members trained in and taking part in the unit's digital transformation. */
    public static final FactKey<Share> MEMBERS_IN_DIGITAL_TRANSFORMATION = FactKey.share("membersInDigitalTransformation",
            Text.of("Thành viên được đào tạo, tham gia chuyển đổi số", "Members trained in and taking part in digital transformation"));

    /** Art. 6(2)(d), Level 1: members holding a foreign or ethnic-minority language certificate. */
    public static final FactKey<Share> MEMBERS_WITH_LANGUAGE_CERTIFICATE = FactKey.share("membersWithLanguageCertificate",
            Text.of("Thành viên có chứng nhận hoặc chứng chỉ ngoại ngữ hoặc tiếng dân tộc thiểu số đáp ứng yêu cầu công việc,"
                    + " vị trí việc làm",
                    "Members holding a foreign or ethnic-minority language certificate meeting the needs of their job or"
                    + " job position"));

    /** Art. 7(2)(d), Level 2: members with foreign or ethnic-minority language proficiency for their job. */
    public static final FactKey<Share> MEMBERS_WITH_LANGUAGE_PROFICIENCY = FactKey.share("membersWithLanguageProficiency",
            Text.of("Thành viên có trình độ ngoại ngữ hoặc tiếng dân tộc thiểu số đáp ứng yêu cầu công việc, vị trí việc làm",
                    "Members with foreign or ethnic-minority language proficiency meeting the needs of their job or job"
                    + " position"));

    /** Art. 6(2)(đ): members holding "Lao động tiên tiến" or a higher title. */
    public static final FactKey<Share> MEMBERS_ADVANCED_WORKERS = FactKey.share("membersAdvancedWorkers",
            Text.of("Thành viên đạt danh hiệu \"Lao động tiên tiến\" trở lên (Luật Thi đua, khen thưởng 06/2022/QH15)",
                    "Members holding \"Advanced worker\" or higher (Law on Emulation and Commendation 06/2022/QH15)"));

    // Criterion 3: effects (Art. 6(3), 7(3), 12(3), 13(3)).

    /** Art. 6(3)(a): members holding "Công dân học tập". */
    public static final FactKey<Share> MEMBERS_LEARNING_CITIZENS = FactKey.share("membersLearningCitizens",
            Text.of("Thành viên đạt danh hiệu \"Công dân học tập\" (Quyết định 324/QĐ-KHVN)",
                    "Members holding \"Learning citizen\" (Decision 324/QĐ-KHVN)"));

    /** Art. 6(3)(a), educational institutions: learners (Art. 2(8)) holding "Công dân học tập". */
    public static final FactKey<Share> LEARNERS_LEARNING_CITIZENS = FactKey.share("learnersLearningCitizens",
            Text.of("Người học đạt danh hiệu \"Công dân học tập\" (Quyết định 324/QĐ-KHVN)",
                    "Learners holding \"Learning citizen\" (Decision 324/QĐ-KHVN)"));

    /** Art. 6(3)(b): activities creating a learning environment and sharing knowledge with other units. */
    public static final FactKey<Flag> LEARNING_ENVIRONMENT = FactKey.flag("learningEnvironment",
            Text.of("Tổ chức hoạt động tạo môi trường học tập, chia sẻ tri thức với đơn vị khác",
                    "Activities creating a learning environment and sharing knowledge with other units"));

    /** Art. 6(3)(b), public pre-schools: organising or co-organising training for private pre-schools' teachers. */
    public static final FactKey<Flag> PRIVATE_PRESCHOOL_TEACHER_TRAINING = FactKey.flag("privatePreschoolTeacherTraining",
            Text.of("Tổ chức hoặc phối hợp tổ chức bồi dưỡng hỗ trợ giáo viên cơ sở giáo dục mầm non dân lập, tư thục",
                    "Organises or co-organises training for teachers of private pre-schools"));

    /** Art. 6(3)(c): the unit's collective emulation title for the year, a {@link CollectiveTitle} code. */
    public static final FactKey<Title> COLLECTIVE_TITLE = FactKey.title("collectiveTitle",
            Text.of("Danh hiệu thi đua tập thể của đơn vị", "The unit's collective emulation title"));

    /**
     * Art. 6(3)(d), 12(3)(d)-(đ): digital-transformation level under Decision 4725/QĐ-BGDĐT (schools, GDTX
     * centres) or 4740/QĐ-BGDĐT (higher education), on the library's coded scale: 0 below "basic response",
     * 1 "basic response" (mức đáp ứng cơ bản), 2 "good response" (mức đáp ứng tốt); any other level is an
     * input error. (tt24.md did not check the decisions' own scales: a caller maps its result onto this one.)
     */
    public static final FactKey<LevelValue> DIGITAL_TRANSFORMATION_LEVEL = FactKey.level("digitalTransformationLevel",
            Text.of("Mức chuyển đổi số theo Quyết định 4725/QĐ-BGDĐT hoặc 4740/QĐ-BGDĐT, mã hóa 0 = chưa đạt mức đáp ứng"
                    + " cơ bản, 1 = mức đáp ứng cơ bản, 2 = mức đáp ứng tốt",
                    "Digital-transformation level under Decision 4725/QĐ-BGDĐT or 4740/QĐ-BGDĐT, coded 0 = below basic"
                    + " response, 1 = basic response, 2 = good response"));

    /** Art. 6(3)(đ): vocational-education quality accreditation passed. */
    public static final FactKey<Flag> VOCATIONAL_ACCREDITATION = FactKey.flag("vocationalAccreditation",
            Text.of("Đạt kiểm định chất lượng giáo dục nghề nghiệp", "Vocational-education quality accreditation passed"));

    /** Level 1 of the digital-transformation scale: "mức đáp ứng cơ bản". */
    public static final int DIGITAL_BASIC = 1;
    /** Level 2 of the digital-transformation scale: "mức đáp ứng tốt". */
    public static final int DIGITAL_GOOD = 2;

    /** The shares whose denominator is the unit's members (Art. 2(7)). */
    public static final List<FactKey<Share>> MEMBER_SHARES = List.of(MEMBERS_OBSERVING_DISCIPLINE,
            MEMBERS_COMPLETING_PROGRAMMES, MEMBERS_IN_DIGITAL_TRANSFORMATION, MEMBERS_WITH_LANGUAGE_CERTIFICATE,
            MEMBERS_WITH_LANGUAGE_PROFICIENCY, MEMBERS_ADVANCED_WORKERS, MEMBERS_LEARNING_CITIZENS);

    /** Every fact, in the order of the articles. */
    public static final List<FactKey<?>> ALL = List.of(ANNUAL_LEARNING_PLAN, TRAINING_REGIMES_AND_INCENTIVES,
            PRIVATE_PRESCHOOL_TEACHER_SUPPORT, TRAINING_BUDGET_ALLOCATED, DIGITAL_TRANSFORMATION_AND_EQUIPMENT,
            LIFELONG_LEARNING_ACTIVITIES, MEMBERS_OBSERVING_DISCIPLINE, MEMBERS_COMPLETING_PROGRAMMES,
            MEMBERS_IN_DIGITAL_TRANSFORMATION, MEMBERS_WITH_LANGUAGE_CERTIFICATE, MEMBERS_WITH_LANGUAGE_PROFICIENCY,
            MEMBERS_ADVANCED_WORKERS, MEMBERS_LEARNING_CITIZENS, LEARNERS_LEARNING_CITIZENS, LEARNING_ENVIRONMENT,
            PRIVATE_PRESCHOOL_TEACHER_TRAINING, COLLECTIVE_TITLE, DIGITAL_TRANSFORMATION_LEVEL, VOCATIONAL_ACCREDITATION);
}
