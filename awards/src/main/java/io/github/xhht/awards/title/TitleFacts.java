package io.github.xhht.awards.title;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.model.FactKey;
import io.github.xhht.core.model.FactValue;

/** The facts the emulation-title standards read, under their dossier names. */
public final class TitleFacts {
    private TitleFacts() {
    }

    // Individuals (LTĐKT Arts. 23-24)

    /** The year's duty rating, a {@link DutyRating} code. */
    public static final FactKey<FactValue.Title> DUTY_RATING = FactKey.title("dutyRating",
            Text.of("Mức xếp loại hoàn thành nhiệm vụ trong năm", "Duty rating for the year"));
    /** Art. 24(1)(b): self-reliance, solidarity, mutual help, active part in emulation. */
    public static final FactKey<FactValue.Flag> SELF_RELIANCE_AND_EMULATION = FactKey.flag("selfRelianceAndEmulation",
            Text.of("Có tinh thần tự lực, tự cường; đoàn kết, tương trợ, tích cực tham gia phong trào thi đua",
                    "Self-reliance, solidarity and mutual help, and an active part in emulation"));
    /** Art. 24(3)(a): effective labour or production, active part in emulation and social activities. */
    public static final FactKey<FactValue.Flag> EFFECTIVE_LABOUR = FactKey.flag("effectiveLabour",
            Text.of("Lao động, sản xuất có hiệu quả, tích cực tham gia phong trào thi đua và hoạt động xã hội",
                    "Effective labour or production, and an active part in emulation and social activities"));
    /** Art. 24(3)(b): exemplary compliance with policy and law, sound ethics, solidarity and help in the community. */
    public static final FactKey<FactValue.Flag> EXEMPLARY_CONDUCT = FactKey.flag("exemplaryConduct",
            Text.of("Gương mẫu chấp hành chủ trương, chính sách, pháp luật; có đạo đức, lối sống lành mạnh, đoàn kết, giúp đỡ mọi người trong cộng đồng",
                    "Exemplary compliance with policy and law, sound ethics and lifestyle, solidarity and help to others in the community"));
    /** Art. 23(2): an initiative recognised by the grassroots unit. */
    public static final FactKey<FactValue.Flag> INITIATIVE_RECOGNISED = FactKey.flag("initiativeRecognised",
            Text.of("Có sáng kiến được cơ sở công nhận", "An initiative recognised by the grassroots unit"));
    /** Art. 23(2): an accepted scientific topic, scheme or S&amp;T work. */
    public static final FactKey<FactValue.Flag> SCIENCE_WORK_ACCEPTED = FactKey.flag("scienceWorkAccepted",
            Text.of("Có đề tài khoa học, đề án khoa học, công trình khoa học và công nghệ đã được nghiệm thu",
                    "An accepted scientific topic, scheme or science and technology work"));
    /** Art. 23(2): combat ingenuity recognised by the unit (armed forces). */
    public static final FactKey<FactValue.Flag> COMBAT_INGENUITY = FactKey.flag("combatIngenuity",
            Text.of("Có mưu trí, sáng tạo trong chiến đấu, phục vụ chiến đấu được đơn vị công nhận",
                    "Ingenuity and creativity in combat or combat support recognised by the unit"));

    // Collectives (LTĐKT Arts. 27-28)

    /** Art. 27(1)(a): completes assigned tasks excellently. */
    public static final FactKey<FactValue.Flag> TASKS_COMPLETED_EXCELLENTLY = FactKey.flag("tasksCompletedExcellently",
            Text.of("Hoàn thành xuất sắc nhiệm vụ được giao", "Completed the assigned tasks excellently"));
    /** Art. 28 (old-law wording): completes assigned tasks well. */
    public static final FactKey<FactValue.Flag> TASKS_COMPLETED_WELL = FactKey.flag("tasksCompletedWell",
            Text.of("Hoàn thành tốt nhiệm vụ được giao", "Completed the assigned tasks well"));
    /** Arts. 27(1)(b), 28: regular, practical and effective emulation. */
    public static final FactKey<FactValue.Flag> REGULAR_EMULATION = FactKey.flag("regularEmulation",
            Text.of("Có phong trào thi đua thường xuyên, thiết thực, hiệu quả", "Regular, practical and effective emulation"));
    /** Art. 27(1)(c): share of members who complete their tasks. */
    public static final FactKey<FactValue.Share> MEMBERS_COMPLETING_TASKS = FactKey.share("membersCompletingTasks",
            Text.of("Số thành viên hoàn thành nhiệm vụ được giao", "Members who completed their tasks"));
    /** Arts. 27(1)(c), 28: share of members who hold "Lao động tiên tiến". */
    public static final FactKey<FactValue.Share> MEMBERS_ADVANCED_WORKERS = FactKey.share("membersAdvancedWorkers",
            Text.of("Số thành viên đạt danh hiệu \"Lao động tiên tiến\"", "Members holding \"Advanced worker\""));
    /** Art. 27(1)(d): members who hold "Chiến sĩ thi đua cơ sở". */
    public static final FactKey<FactValue.Count> MEMBERS_GRASSROOTS_FIGHTERS = FactKey.count("membersGrassrootsFighters",
            Text.of("Số thành viên đạt danh hiệu \"Chiến sĩ thi đua cơ sở\"", "Members holding \"Grassroots emulation fighter\""));
    /** Art. 28 (old-law wording): no member disciplined at warning level or above. */
    public static final FactKey<FactValue.Flag> NO_MEMBER_DISCIPLINED = FactKey.flag("noMemberDisciplined",
            Text.of("Không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên", "No member disciplined at warning level or above"));
    /** Arts. 27(1)(đ), 28: internal solidarity. */
    public static final FactKey<FactValue.Flag> INTERNAL_SOLIDARITY = FactKey.flag("internalSolidarity",
            Text.of("Nội bộ đoàn kết", "Internal solidarity"));
    /** Art. 27(1)(đ): good compliance with Party and State policy and law. */
    public static final FactKey<FactValue.Flag> LAW_COMPLIANCE = FactKey.flag("lawCompliance",
            Text.of("Chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước",
                    "Good compliance with Party and State policy and law"));
}
