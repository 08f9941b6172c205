package io.github.xhht.cli.catalog;

import io.github.xhht.awards.plan.Deadline;
import io.github.xhht.awards.plan.DossierRequirement;
import io.github.xhht.awards.plan.MovementPlan;
import io.github.xhht.awards.plan.OccasionForms;
import io.github.xhht.awards.plan.Phase;
import io.github.xhht.awards.plan.PlanNote;
import io.github.xhht.awards.plan.Quota;
import io.github.xhht.awards.plan.Standard;
import io.github.xhht.awards.plan.SubjectCategory;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.model.SubjectKind;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The award rules of the movement plans (the preset plans of the five seeds), as one generated Markdown page
 * of the catalogue: for each plan its phases, forms per occasion, standards per kind of subject, quotas,
 * deadlines, dossier documents, principles and notes, each with the plan section it comes from.
 */
final class PlanCatalog {
    static final String FILE = "plans.md";

    private PlanCatalog() {
    }

    static String markdown(List<MovementPlan> plans, String generatedNote) {
        StringBuilder out = new StringBuilder();
        out.append("# Kế hoạch phong trào (mẫu có sẵn) / Movement plans (presets)\n\n").append(generatedNote).append("\n\n");
        out.append("Mỗi quy tắc dẫn mục của chính kế hoạch; `xhht nominate` kiểm tra đề nghị khen thưởng theo các quy tắc này."
                + " / Every rule cites the plan's own section; `xhht nominate` checks nominations against them.\n\n");
        out.append("| Id | Kế hoạch / Plan | Cơ quan ban hành / Issuer | Địa bàn / Jurisdiction |\n|---|---|---|---|\n");
        for (MovementPlan plan : plans) {
            out.append("| [`").append(plan.id()).append("`](#").append(plan.id()).append(") | ").append(cell(both(plan.title())))
                    .append(" | ").append(cell(both(plan.issuer()))).append(" | ").append(cell(plan.jurisdiction())).append(" |\n");
        }
        for (MovementPlan plan : plans) {
            plan(out, plan);
        }
        return out.toString();
    }

    private static void plan(StringBuilder out, MovementPlan plan) {
        out.append("\n## ").append(plan.id()).append("\n\n").append(both(plan.title())).append("\n\n");
        out.append("Văn bản / Document: ").append(cell(plan.document().name(Lang.VI) + " — " + both(plan.document().title())))
                .append("\n");

        section(out, "Giai đoạn / Phases", "Giai đoạn / Phase | Từ / From | Đến / To | Căn cứ / Source");
        for (Phase p : plan.phases()) {
            row(out, both(p.label()), p.from().toString(), p.to().toString(), cite(p.citation()));
        }
        section(out, "Hình thức theo đợt / Forms per occasion", "Đợt / Occasion | Hình thức / Forms | Năm / Years | Căn cứ / Source");
        for (OccasionForms o : plan.occasions()) {
            row(out, both(o.occasion().label()),
                    o.forms().stream().sorted().map(f -> both(f.label())).collect(Collectors.joining("; ")),
                    o.years().isEmpty() ? "–" : o.years().stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")),
                    cite(o.citation()));
        }
        section(out, "Tiêu chuẩn theo đối tượng / Standards per kind of subject",
                "Đối tượng / Subject | Loại / Kinds | Tiêu chuẩn / Standards | Căn cứ / Source");
        for (SubjectCategory c : plan.categories()) {
            row(out, "`" + c.id() + "` " + both(c.label()),
                    c.kinds().stream().sorted().map(SubjectKind::json).collect(Collectors.joining(", ")),
                    c.standards().isEmpty() ? "–" : c.standards().stream().map(PlanCatalog::standard).collect(Collectors.joining("; ")),
                    cite(c.citation()));
        }
        section(out, "Số lượng / Quotas", "Đợt / Occasion | Hình thức / Form | Tối thiểu / Min | Tối đa / Max | Căn cứ / Source");
        for (Quota q : plan.quotas()) {
            row(out, both(q.occasion().label()), both(q.form().label()), String.valueOf(q.min()), String.valueOf(q.max()),
                    cite(q.citation()));
        }
        section(out, "Thời hạn / Deadlines", "Loại / Kind | Đợt / Occasion | Hạn / Date | Nội dung / What | Căn cứ / Source");
        for (Deadline d : plan.deadlines()) {
            row(out, d.kind().name(), d.occasion().map(o -> both(o.label())).orElse("–"),
                    d.fixed().map(Object::toString).orElseGet(() -> d.yearly().map(m -> "--" + m.toString().substring(2) + " (hằng năm / yearly)").orElse("")),
                    both(d.what()), cite(d.citation()));
        }
        section(out, "Hồ sơ đề nghị / Nomination dossier", "Tài liệu / Document | Khi nào / When | Căn cứ / Source");
        for (DossierRequirement r : plan.dossier()) {
            String when = r.onlyForForm().map(f -> both(f.label())).orElse("mọi đề nghị / every nomination")
                    + (r.onlyWithInitiative() ? "; có sáng kiến / with an initiative" : "")
                    + r.inForceFrom().map(d -> "; từ / from " + d).orElse("");
            row(out, both(r.document().label()), when, cite(r.citation()));
        }
        section(out, "Nguyên tắc / Principles", "Nguyên tắc / Principle | Căn cứ / Source");
        plan.principles().forEach((p, cites) -> row(out, p.id() + " " + both(p.label()),
                cites.stream().map(PlanCatalog::cite).collect(Collectors.joining("; "))));
        if (!plan.notes().isEmpty()) {
            section(out, "Ghi chú (không chặn đề nghị) / Notes (never block a nomination)", "Nội dung / Text | Căn cứ / Source");
            for (PlanNote n : plan.notes()) {
                row(out, both(n.text()), cite(n.citation()));
            }
        }
    }

    private static String standard(Standard s) {
        return both(s.label()) + " (" + cite(s.citation()) + ")";
    }

    private static void section(StringBuilder out, String title, String header) {
        out.append("\n### ").append(title).append("\n\n| ").append(header).append(" |\n|");
        out.append("---|".repeat(header.split("\\|").length)).append("\n");
    }

    private static void row(StringBuilder out, String... cells) {
        out.append("|");
        for (String c : cells) {
            out.append(' ').append(cell(c)).append(" |");
        }
        out.append("\n");
    }

    private static String cite(Citation c) {
        return c.render(Lang.VI);
    }

    private static String both(Text text) {
        return text.vi().equals(text.en()) ? text.vi() : text.vi() + " / " + text.en();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
