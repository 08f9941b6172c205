package io.github.xhht.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.error.ProblemCode;
import io.github.xhht.core.rule.Reason;
import io.github.xhht.core.rule.ReasonCode;
import io.github.xhht.core.rule.Requirement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every stable code has a message in both languages, and parameters render the way each language writes them. */
class MessagesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Messages VI = Messages.of(Lang.VI);
    private static final Messages EN = Messages.of(Lang.EN);

    /** Every message key the core's enums need. */
    static Stream<String> keys() {
        List<String> keys = new ArrayList<>();
        for (ProblemCode c : ProblemCode.values()) {
            keys.add("problem." + c.name());
        }
        for (ReasonCode c : ReasonCode.values()) {
            keys.add("reason." + c.name());
        }
        for (Requirement.Code c : Requirement.Code.values()) {
            keys.add("requirement." + c.name());
        }
        keys.add("problem.where.document");
        return keys.stream();
    }

    @ParameterizedTest
    @MethodSource("keys")
    void everyCodeHasAMessageInBothLanguages(String key) {
        assertTrue(VI.has(key), () -> "vi lacks " + key);
        assertTrue(EN.has(key), () -> "en lacks " + key);
        assertFalse(VI.format(key).isBlank());
        assertFalse(EN.format(key).isBlank());
    }

    @ParameterizedTest
    @MethodSource("keys")
    void bothLanguagesUseTheSameParameters(String key) {
        assertEquals(placeholders(VI.format(key)), placeholders(EN.format(key)), key);
    }

    @ParameterizedTest
    @MethodSource("keys")
    void everyMessageRendersCompletelyWithThreeParameters(String key) {
        for (Messages m : List.of(VI, EN)) {
            String text = m.format(key, "x", "y", "z");
            assertFalse(PLACEHOLDER.matcher(text).find(), () -> key + " leaves a placeholder: " + text);
            assertFalse(text.startsWith(key), () -> key + " rendered as its key");
        }
    }

    @Test
    void theBundlesHaveTheSameKeys() {
        ResourceBundle vi = Messages.load(Messages.class, "messages", Lang.VI);
        ResourceBundle en = Messages.load(Messages.class, "messages", Lang.EN);
        assertEquals(new TreeSet<>(vi.keySet()), new TreeSet<>(en.keySet()));
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    // --- numbers and dates ---

    @Test
    void numbersInVietnameseUseDotForThousandsAndCommaForDecimals() {
        assertEquals("1.234,5", VI.render(new BigDecimal("1234.5")));
        assertEquals("1.234.567", VI.render(1_234_567L));
        assertEquals("1.234.567", VI.render(1_234_567));
        assertEquals("-0,125", VI.render(new BigDecimal("-0.125")));
    }

    @Test
    void numbersInEnglishUseCommaForThousandsAndDotForDecimals() {
        assertEquals("1,234.5", EN.render(new BigDecimal("1234.5")));
        assertEquals("1,234,567", EN.render(1_234_567L));
        assertEquals("-0.125", EN.render(new BigDecimal("-0.125")));
    }

    @Test
    void numbersAreNeverInExponentForm() {
        assertEquals("100,000,000,000,000,000,000", EN.render(new BigDecimal("1E+20")));
        assertEquals("0.0000001", EN.render(new BigDecimal("1E-7")));
        assertEquals("60", EN.render(60));
        assertEquals("0", VI.render(0L));
    }

    @Test
    void datesAreDayMonthYearInVietnameseAndIsoInEnglish() {
        LocalDate d = LocalDate.of(2024, 2, 5);
        assertEquals("05/02/2024", VI.render(d));
        assertEquals("2024-02-05", EN.render(d));
    }

    @Test
    void textsRenderInTheirLanguageAndOtherValuesAsIs() {
        Text t = Text.of("Mức độ 1", "Level 1");
        assertEquals("Mức độ 1", VI.render(t));
        assertEquals("Level 1", EN.render(t));
        assertEquals("3119/5200", VI.render("3119/5200"));
        assertEquals("true", EN.render(true));
    }

    // --- the placeholder syntax ---

    @Test
    void onlyDigitsInBracesArePlaceholdersAndApostrophesStay() {
        assertEquals("it's a and b", EN.fill("it's {0} and {1}", List.of("a", "b")));
        assertEquals("a {x} {} {", EN.fill("{0} {x} {} {", List.of("a")));
        assertEquals("a {1}", EN.fill("{0} {1}", List.of("a")), "a missing argument stays visible");
        assertEquals("b a", EN.fill("{1} {0}", List.of("a", "b")));
        assertEquals("{0", EN.fill("{0", List.of("a")));
    }

    @Test
    void anUnknownKeyRendersAsItselfWithItsArguments() {
        assertEquals("no.such.key [1, a]", EN.format("no.such.key", 1, "a"));
        assertEquals("no.such.key", EN.format("no.such.key"));
        assertFalse(EN.has("no.such.key"));
    }

    @Test
    void aCallerBundleComesFirstThenTheCore() {
        ResourceBundle mine = new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"my.key", "mine {0}"}, {"reason.NO_EVIDENCE", "overridden"}};
            }
        };
        Messages chained = VI.with(mine);
        assertEquals("mine 1.234", chained.format("my.key", 1234L));
        assertEquals("overridden", chained.format("reason.NO_EVIDENCE"));
        assertEquals("không có nội dung nào áp dụng", chained.format("reason.NO_PART_APPLIES"));
        assertEquals(Lang.VI, chained.lang());
        assertTrue(chained.has("my.key") && chained.has("reason.SATISFIED"));
    }

    // --- reasons and requirements, word for word ---

    @Test
    void reasonsReadInBothLanguages() {
        Reason below = Reason.of(ReasonCode.BELOW_THRESHOLD, "3119/5200", 60);
        assertEquals("tỷ lệ 3119/5200 thấp hơn mức yêu cầu 60%", below.message(Lang.VI));
        assertEquals("share 3119/5200 is below the required 60%", below.message(Lang.EN));
        Reason count = Reason.of(ReasonCode.COUNT_BELOW_MINIMUM, 1234L, 2000L);
        assertEquals("số lượng 1.234 thấp hơn mức tối thiểu 2.000", count.message(Lang.VI));
        assertEquals("count 1,234 is below the minimum 2,000", count.message(Lang.EN));
        Reason trend = Reason.of(ReasonCode.NOT_INCREASED, new BigDecimal("40.1"), new BigDecimal("40.1"));
        assertEquals("không tăng so với năm trước (năm trước 40,1, năm nay 40,1)", trend.message(Lang.VI));
        assertEquals("did not increase on the year before (previous 40.1, current 40.1)", trend.message(Lang.EN));
    }

    @Test
    void requirementsReadInBothLanguages() {
        assertEquals("tỷ lệ ≥ 60%", Requirement.of(Requirement.Code.SHARE_AT_LEAST, 60).message(Lang.VI));
        assertEquals("share ≥ 60%", Requirement.of(Requirement.Code.SHARE_AT_LEAST, 60).message(Lang.EN));
        Text excellent = Text.of("Tập thể lao động xuất sắc", "Excellent labour collective");
        assertEquals("danh hiệu \"Tập thể lao động xuất sắc\" trở lên",
                Requirement.of(Requirement.Code.TITLE_AT_LEAST, excellent).message(Lang.VI));
        assertEquals("title \"Excellent labour collective\" or higher",
                Requirement.of(Requirement.Code.TITLE_AT_LEAST, excellent).message(Lang.EN));
        assertEquals("Tự viết", Requirement.text(Text.of("Tự viết", "Own words")).message(Lang.VI));
    }

    @ParameterizedTest
    @EnumSource(ReasonCode.class)
    void reasonsDifferBetweenLanguagesUnlessTheyOnlyCarryAParameter(ReasonCode code) {
        Reason r = Reason.of(code, "p0", "p1", "p2");
        if (code != ReasonCode.EXPLAINED) {
            assertNotEquals(r.message(Lang.VI), r.message(Lang.EN));
        }
    }

    @Test
    void langParsesEitherCase() {
        assertEquals(Lang.VI, Lang.parse("vi"));
        assertEquals(Lang.EN, Lang.parse("EN"));
        assertThrows(IllegalArgumentException.class, () -> Lang.parse("fr"));
        assertEquals("vi", Lang.VI.locale().getLanguage());
    }
}
