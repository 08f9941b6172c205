package io.github.xhht.core.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.i18n.Text;
import org.junit.jupiter.api.Test;

/** Citations read the way a Vietnamese official and an English translator write them. */
class CitationTest {
    private static final LegalDocument TT25 = LegalDocument.circular("25/2023/TT-BGDĐT",
            Text.of("Quy định đánh giá, công nhận cộng đồng học tập", "Assessment and recognition of learning communities"));
    private static final LegalDocument PLAN = new LegalDocument("KH-123", LegalDocument.PLAN, "123/KH-UBND",
            Text.of("Kế hoạch xây dựng xã hội học tập", "Plan for building a learning society"));

    @Test
    void pointClauseArticle() {
        Citation c = TT25.article(6).clause(5).point("b");
        assertEquals("điểm b khoản 5 Điều 6 Thông tư 25/2023/TT-BGDĐT", c.render(Lang.VI));
        assertEquals("Article 6(5)(b) of Circular 25/2023/TT-BGDĐT", c.render(Lang.EN));
        assertEquals("điểm b khoản 5 Điều 6", c.local(Lang.VI));
        assertEquals("Article 6(5)(b)", c.local(Lang.EN));
        assertEquals(c.render(Lang.VI), c.toString());
    }

    @Test
    void vietnamesePointLetters() {
        Citation c = TT25.article(7).clause(1).point("đ");
        assertEquals("điểm đ khoản 1 Điều 7 Thông tư 25/2023/TT-BGDĐT", c.render(Lang.VI));
        assertEquals("Article 7(1)(đ) of Circular 25/2023/TT-BGDĐT", c.render(Lang.EN));
    }

    @Test
    void clauseOnly() {
        Citation c = TT25.article(6).clause(5);
        assertEquals("khoản 5 Điều 6 Thông tư 25/2023/TT-BGDĐT", c.render(Lang.VI));
        assertEquals("Article 6(5) of Circular 25/2023/TT-BGDĐT", c.render(Lang.EN));
    }

    @Test
    void articleOnly() {
        Citation c = TT25.article(8);
        assertEquals("Điều 8 Thông tư 25/2023/TT-BGDĐT", c.render(Lang.VI));
        assertEquals("Article 8 of Circular 25/2023/TT-BGDĐT", c.render(Lang.EN));
    }

    @Test
    void aNarrowerClauseDropsThePoint() {
        assertEquals(TT25.article(6).clause(3), TT25.article(6).clause(5).point("b").clause(3));
    }

    @Test
    void planSections() {
        Citation c = PLAN.section("II.2");
        assertEquals("mục II.2 Kế hoạch 123/KH-UBND", c.render(Lang.VI));
        assertEquals("section II.2 of Plan 123/KH-UBND", c.render(Lang.EN));
    }

    @Test
    void wholeDocument() {
        assertEquals("Thông tư 25/2023/TT-BGDĐT", TT25.whole().render(Lang.VI));
        assertEquals("Circular 25/2023/TT-BGDĐT", TT25.whole().render(Lang.EN));
        assertEquals("TT25/2023/TT-BGDĐT", TT25.id());
        assertEquals("Kế hoạch 123/KH-UBND", PLAN.name(Lang.VI));
    }

    @Test
    void malformedCitationsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> TT25.article(6).point("a"), "a point needs a clause");
        assertThrows(IllegalArgumentException.class, () -> new Citation(TT25, 0, 1, "", ""), "a clause needs an article");
        assertThrows(IllegalArgumentException.class, () -> TT25.article(-1));
        assertThrows(IllegalArgumentException.class, () -> TT25.article(6).clause(-1));
    }
}
