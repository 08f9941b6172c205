package io.github.xhht.cli.report;

import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.rule.Outcome;

/** The shell shared by the HTML reports: one self-contained page, inline CSS, no script, no network, A4 print. */
final class Html {
    private Html() {
    }

    static final String CSS = """
            @page { size: A4; margin: 14mm 12mm; }
            * { box-sizing: border-box; }
            body { font-family: "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10pt;
                   color: #111; margin: 0 auto; max-width: 190mm; padding: 8mm 0; line-height: 1.35;
                   -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            h1 { font-size: 16pt; margin: 0 0 4mm; }
            h2 { font-size: 13pt; margin: 6mm 0 2mm; border-bottom: 1px solid #999; }
            h3 { font-size: 11pt; margin: 4mm 0 1mm; }
            table { width: 100%; border-collapse: collapse; margin: 1mm 0 3mm; }
            th, td { border: 1px solid #aaa; padding: 1.2mm 1.6mm; vertical-align: top; text-align: left; }
            th { background: #e8eef4; font-weight: 600; }
            thead { display: table-header-group; }
            tr { break-inside: avoid; page-break-inside: avoid; }
            table.meta th { width: 32%; }
            table.indicators { table-layout: fixed; }
            table.indicators th:nth-child(1) { width: 24%; } table.indicators th:nth-child(2) { width: 12%; }
            table.indicators th:nth-child(3) { width: 14%; } table.indicators th:nth-child(4) { width: 18%; }
            table.indicators th:nth-child(5) { width: 17%; } table.indicators th:nth-child(6) { width: 15%; }
            td { overflow-wrap: anywhere; }
            .id { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 8pt; color: #444; }
            .cite { font-size: 8.5pt; color: #333; }
            .reason { font-size: 8.5pt; color: #333; }
            .badge { display: inline-block; padding: 0 1.5mm; border-radius: 1mm; font-weight: 600; white-space: nowrap; }
            .MET { background: #d7f0d8; } .NOT_MET { background: #f8d6d3; }
            .UNKNOWN { background: #fbeec2; } .NOT_APPLICABLE { background: #e6e6e6; }
            .verdict { font-size: 13pt; font-weight: 700; padding: 2mm 3mm; border: 2px solid #555; display: inline-block; }
            article + article { break-before: page; page-break-before: always; }
            footer { margin-top: 6mm; font-size: 8pt; color: #555; }
            svg text { font-family: inherit; font-size: 9pt; }
            """;

    /** A whole page around {@code body}. */
    static String page(Lang lang, String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"" + lang.name().toLowerCase(java.util.Locale.ROOT) + "\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + esc(title) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n"
                + body + "</body>\n</html>\n";
    }

    static String badge(Outcome outcome, Lang lang) {
        return "<span class=\"badge " + outcome.name() + "\">" + esc(outcome.label().in(lang)) + "</span>";
    }

    /** Escapes text for HTML content and attribute values. */
    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
