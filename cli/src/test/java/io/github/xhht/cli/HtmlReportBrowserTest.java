package io.github.xhht.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the HTML reports in a real browser (headless Chromium) and checks what a person would see.
 * Skipped, saying why, only when no Chromium is installed; {@code .ci/run} installs it.
 */
class HtmlReportBrowserTest {
    private static Chromium chromium;

    @TempDir
    Path dir;

    @BeforeAll
    static void browser() {
        chromium = Chromium.find().orElse(null);
        Assumptions.assumeTrue(chromium != null,
                "headless Chromium not found on PATH: install the Debian package 'chromium' (apt-get install chromium)"
                        + " or set XHHT_CHROMIUM; .ci/run installs it");
    }

    private Path report() throws IOException {
        Files.writeString(dir.resolve("a.json"), Fixture.dossier("VN-01-00001", 615), StandardCharsets.UTF_8);
        Fixture.Run run = Fixture.run(dir, "evaluate", "--format", "html", "--as-of", "2025-03-01", "--out", "r.html", "a.json");
        assertEquals(0, run.code(), run.err());
        return dir.resolve("r.html");
    }

    @Test
    void theReportIsSelfContained() throws IOException {
        String html = Files.readString(report());
        assertFalse(Pattern.compile("\\b(src|href)\\s*=").matcher(html).find(), "no linked resource");
        assertFalse(html.contains("url("), "no CSS url()");
        assertFalse(html.contains("<script"), "no script");
        assertTrue(html.contains("@page { size: A4;"), "A4 print size");
    }

    @Test
    void theBrowserShowsTheVerdictTheTablesAndTheInterpretations() throws Exception {
        String dom = chromium.dumpDom(report(), dir);
        assertTrue(dom.contains("<html lang=\"vi\">"), dom);
        assertTrue(dom.contains("Kết quả đánh giá: Xã Minh Khai"), dom);
        assertTrue(dom.contains("<p class=\"verdict\">Đạt Mức độ 1</p>"), dom);
        for (String header : List.of("Chỉ tiêu", "Số liệu", "Yêu cầu", "Kết quả", "Minh chứng", "Căn cứ")) {
            assertTrue(dom.contains("<th>" + header + "</th>"), header);
        }
        // one table per criterion: two at Level 1, one at Level 2
        assertEquals(3, count(dom, "<table class=\"indicators\">"));
        assertTrue(dom.contains("615/1.000 (61,5%)"), dom);
        assertTrue(dom.contains("điểm a khoản 2 Điều 5 Thông tư 99/2023/TT-DEMO"), dom);
        assertTrue(dom.contains("12/KH-UBND (UBND xã, 15/01/2024): Kế hoạch học tập"), dom);
        assertTrue(dom.contains("<strong>I-8</strong>"), dom);
        assertTrue(dom.contains("<span class=\"badge NOT_MET\">Không đạt</span>"), dom);
    }

    @Test
    void theScreenshotShowsTheOutcomeColours() throws Exception {
        Path png = chromium.screenshot(report(), dir, 1000, 2400);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1000, image.getWidth());
        long met = pixels(image, 0xd7f0d8);
        long notMet = pixels(image, 0xf8d6d3);
        long ink = darkPixels(image);
        assertTrue(met > 200, "green 'Đạt' badges painted: " + met);
        assertTrue(notMet > 50, "red 'Không đạt' badges painted: " + notMet);
        assertTrue(ink > 5_000, "text painted: " + ink);
    }

    @Test
    void itPrintsOnA4() throws Exception {
        Path pdf = chromium.pdf(report(), dir);
        String raw = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        Matcher box = Pattern.compile("/MediaBox\\s*\\[\\s*0 0 ([0-9.]+) ([0-9.]+)\\s*]").matcher(raw);
        assertTrue(box.find(), "a page in the PDF");
        // A4 is 595.3 × 841.9 points
        assertEquals(595.3, Double.parseDouble(box.group(1)), 1.5);
        assertEquals(841.9, Double.parseDouble(box.group(2)), 1.5);
    }

    @Test
    void theBatchReportChartIsDrawn() throws Exception {
        Files.write(dir.resolve("in.jsonl"), List.of(Fixture.dossier("A", 850), Fixture.dossier("B", 650),
                Fixture.dossier("C", 640), Fixture.dossier("D", 10), "{"), StandardCharsets.UTF_8);
        Fixture.Run run = Fixture.run(dir, "batch", "--as-of", "2025-03-01", "--report", "b.html", "--out", "o.jsonl", "in.jsonl");
        assertEquals(0, run.code(), run.err());
        String dom = chromium.dumpDom(dir.resolve("b.html"), dir);
        assertTrue(dom.contains("Tổng hợp kết quả đánh giá hàng loạt"), dom);
        assertEquals(4, count(dom, "<rect class=\"bar\""));
        assertTrue(dom.contains("Kiểm tra: đọc 5 = kết quả 4 + lỗi 1"), dom);
        BufferedImage image = ImageIO.read(chromium.screenshot(dir.resolve("b.html"), dir, 1000, 1400).toFile());
        assertTrue(pixels(image, 0x81c784) > 1_000, "the Level 1 bar is painted");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static long pixels(BufferedImage image, int rgb) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y) & 0xffffff;
                if (Math.abs((p >> 16) - (rgb >> 16)) <= 4 && Math.abs(((p >> 8) & 0xff) - ((rgb >> 8) & 0xff)) <= 4
                        && Math.abs((p & 0xff) - (rgb & 0xff)) <= 4) {
                    n++;
                }
            }
        }
        return n;
    }

    private static long darkPixels(BufferedImage image) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                if (((p >> 16) & 0xff) + ((p >> 8) & 0xff) + (p & 0xff) < 200) {
                    n++;
                }
            }
        }
        return n;
    }
}
