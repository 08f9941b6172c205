package io.github.xhht.cli;

import io.github.xhht.awards.nomination.Slate;
import io.github.xhht.awards.nomination.SlateChecks;
import io.github.xhht.awards.nomination.SlateJson;
import io.github.xhht.awards.nomination.SlateResult;
import io.github.xhht.cli.report.NominationReport;
import io.github.xhht.cli.report.Render;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.law.Interpretations;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code xhht nominate SLATE}: checks a slate of nominations (awards module's JSON) against its movement
 * plan: principles, quotas, deadlines, dossier contents. The slate names its own as-of date; {@code --as-of}
 * replaces it.
 */
final class NominateCommand {
    private final Env env;

    NominateCommand(Env env, Lang lang) {
        this.env = env;
    }

    int run(List<String> tokens) {
        Args args = Args.parse("nominate", tokens,
                Common.valued(Common.FORMAT, Common.AS_OF, Common.OUT, Common.INTERPRETATION), Set.of());
        Lang lang = Common.lang(args);
        String format = args.choice(Common.FORMAT, Common.FORMATS).orElse("text");
        Optional<LocalDate> asOf = Common.asOf(args);
        Interpretations interpretations = InterpretationOptions.apply("nominate", args.values(Common.INTERPRETATION));
        if (args.positionals().size() != 1) {
            throw args.positionals().isEmpty()
                    ? CliException.usage("nominate", "usage.missingArgument", lang == Lang.VI ? "DANH_SÁCH" : "SLATE")
                    : CliException.usage("nominate", "usage.tooManyArguments", String.join(" ", args.positionals()));
        }
        String file = args.positionals().get(0);
        String text = Common.readText(env, file);
        Slate read;
        try {
            read = SlateJson.strict().read(text);
        } catch (io.github.xhht.core.error.XhhtException e) {
            throw CliException.input("error.inFile", file, e.message(lang));
        }
        Slate slate = asOf.map(d -> new Slate(read.plan(), d, read.nominations(), read.quotas())).orElse(read);
        SlateResult result = SlateChecks.check(slate, interpretations);
        // the slate carries its own date, so "today" is never used here
        NominationReport report = new NominationReport(new Render(Texts.of(lang), false));
        Common.emit(env, args.value(Common.OUT), switch (format) {
            case "json" -> SlateJson.strict().write(result) + "\n";
            case "html" -> report.html(slate, result);
            case "markdown" -> report.markdown(slate, result);
            default -> report.text(slate, result);
        });
        return 0;
    }
}
