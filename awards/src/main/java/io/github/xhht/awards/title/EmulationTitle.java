package io.github.xhht.awards.title;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The emulation titles (danh hiệu thi đua) of Law 06/2022/QH15 that act as prerequisites, with the order
 * that TT 24/2023's "… or higher" (trở lên) uses. Titles are ranked within their recipient kind only:
 * an individual title never compares with a collective one. The armed-forces counterparts rank equal to
 * their civilian titles (Art. 24 gives "Chiến sĩ tiên tiến" the standards of "Lao động tiên tiến").
 */
public enum EmulationTitle {
    /** "Lao động tiên tiến": LTĐKT Art. 24. */
    ADVANCED_WORKER(Recipient.INDIVIDUAL, 1, false, false,
            Text.of("Lao động tiên tiến", "Advanced worker"), EmulationLaw.LAW.article(24)),
    /** "Chiến sĩ tiên tiến": the armed-forces counterpart of "Lao động tiên tiến", LTĐKT Art. 24. */
    ADVANCED_SOLDIER(Recipient.INDIVIDUAL, 1, true, false,
            Text.of("Chiến sĩ tiên tiến", "Advanced soldier"), EmulationLaw.LAW.article(24)),
    /** "Chiến sĩ thi đua cơ sở": LTĐKT Art. 23. */
    GRASSROOTS_EMULATION_FIGHTER(Recipient.INDIVIDUAL, 2, false, false,
            Text.of("Chiến sĩ thi đua cơ sở", "Grassroots emulation fighter"), EmulationLaw.LAW.article(23)),
    /** "Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh": LTĐKT Art. 22 (3 consecutive grassroots titles first). */
    MINISTERIAL_EMULATION_FIGHTER(Recipient.INDIVIDUAL, 3, false, false,
            Text.of("Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh", "Ministry, sector or provincial emulation fighter"),
            EmulationLaw.LAW.article(22)),
    /** "Chiến sĩ thi đua toàn quốc": LTĐKT Art. 21 (2 consecutive ministry/provincial titles first). */
    NATIONAL_EMULATION_FIGHTER(Recipient.INDIVIDUAL, 4, false, false,
            Text.of("Chiến sĩ thi đua toàn quốc", "National emulation fighter"), EmulationLaw.LAW.article(21)),
    /**
     * "Tập thể lao động tiên tiến": LTĐKT Art. 28. Its standard is known only in the old-law wording
     * (the 2022 wording was not read), so {@link #oldLawWording()} is true.
     */
    ADVANCED_LABOUR_COLLECTIVE(Recipient.COLLECTIVE, 1, false, true,
            Text.of("Tập thể lao động tiên tiến", "Advanced labour collective"), EmulationLaw.LAW.article(28)),
    /** "Đơn vị tiên tiến": the armed-forces counterpart of "Tập thể lao động tiên tiến", LTĐKT Art. 28. */
    ADVANCED_UNIT(Recipient.COLLECTIVE, 1, true, true,
            Text.of("Đơn vị tiên tiến", "Advanced unit"), EmulationLaw.LAW.article(28)),
    /** "Tập thể lao động xuất sắc": LTĐKT Art. 27. */
    EXCELLENT_LABOUR_COLLECTIVE(Recipient.COLLECTIVE, 2, false, false,
            Text.of("Tập thể lao động xuất sắc", "Excellent labour collective"), EmulationLaw.LAW.article(27)),
    /** "Đơn vị quyết thắng": the armed-forces counterpart of "Tập thể lao động xuất sắc", LTĐKT Art. 27. */
    DETERMINED_TO_WIN_UNIT(Recipient.COLLECTIVE, 2, true, false,
            Text.of("Đơn vị quyết thắng", "Determined-to-win unit"), EmulationLaw.LAW.article(27)),
    /**
     * "Cờ thi đua cấp bộ, ban, ngành, tỉnh". Its article was not read in the sources (awards.md lists it
     * only in the bonus table, NĐ 152 Art. 50(2)), so it cites the law as a whole.
     */
    MINISTERIAL_EMULATION_FLAG(Recipient.COLLECTIVE, 3, false, false,
            Text.of("Cờ thi đua cấp bộ, ban, ngành, tỉnh", "Ministry, sector or provincial emulation flag"),
            EmulationLaw.LAW.whole()),
    /** "Cờ thi đua của Chính phủ": LTĐKT Art. 25. */
    GOVERNMENT_EMULATION_FLAG(Recipient.COLLECTIVE, 4, false, false,
            Text.of("Cờ thi đua của Chính phủ", "Government emulation flag"), EmulationLaw.LAW.article(25));

    /** Who receives a title. */
    public enum Recipient {
        /** A person (cá nhân). */
        INDIVIDUAL,
        /** A collective: an agency, unit or enterprise (tập thể). */
        COLLECTIVE
    }

    private final Recipient recipient;
    private final int rank;
    private final boolean armedForces;
    private final boolean oldLawWording;
    private final Text label;
    private final Citation citation;

    EmulationTitle(Recipient recipient, int rank, boolean armedForces, boolean oldLawWording, Text label, Citation citation) {
        this.recipient = recipient;
        this.rank = rank;
        this.armedForces = armedForces;
        this.oldLawWording = oldLawWording;
        this.label = label;
        this.citation = citation;
    }

    /** Individual or collective. */
    public Recipient recipient() {
        return recipient;
    }

    /** The rank within the recipient kind, 1 the lowest; armed-forces counterparts share their civilian rank. */
    public int rank() {
        return rank;
    }

    /** True for the armed-forces counterparts (Chiến sĩ tiên tiến, Đơn vị tiên tiến, Đơn vị quyết thắng). */
    public boolean armedForces() {
        return armedForces;
    }

    /** True when the standard is known only in the wording of the old law (2003/2013), to be flagged in results. */
    public boolean oldLawWording() {
        return oldLawWording;
    }

    /** The name in Vietnamese and English. */
    public Text label() {
        return label;
    }

    /** The article of LTĐKT 06/2022/QH15 that defines the title. */
    public Citation citation() {
        return citation;
    }

    /** The code used in dossiers ({@code TitleRecord.title}, fact {@code title}), i.e. the constant's name. */
    public String code() {
        return name();
    }

    /**
     * "This title or higher" (… trở lên): true when both are of the same recipient kind and this one ranks
     * at least as high as {@code minimum}. A title of the other recipient kind is never "at least" it.
     */
    public boolean isAtLeast(EmulationTitle minimum) {
        Objects.requireNonNull(minimum, "minimum");
        return recipient == minimum.recipient && rank >= minimum.rank;
    }

    /** The titles of one recipient kind, lowest first (equal ranks in declaration order, civilian first). */
    public static List<EmulationTitle> ordered(Recipient recipient) {
        return Arrays.stream(values()).filter(t -> t.recipient == recipient).toList();
    }

    /** The codes of {@link #ordered(Recipient)}, for {@code Measures.titleAtLeast}. */
    public static List<String> codes(Recipient recipient) {
        return ordered(recipient).stream().map(EmulationTitle::code).toList();
    }

    /** The labels of {@link #ordered(Recipient)}, in the same order, for {@code Measures.titleAtLeast}. */
    public static List<Text> labels(Recipient recipient) {
        return ordered(recipient).stream().map(EmulationTitle::label).toList();
    }

    /** Finds a title by its code; throws {@link IllegalArgumentException} for an unknown code. */
    public static EmulationTitle byCode(String code) {
        return valueOf(Objects.requireNonNull(code, "code"));
    }
}
