package io.github.xhht.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.xhht.cli.report.HtmlReport;
import io.github.xhht.cli.report.MarkdownReport;
import io.github.xhht.cli.report.Render;
import io.github.xhht.cli.report.TextReport;
import io.github.xhht.core.error.XhhtException;
import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.i18n.Messages;
import io.github.xhht.core.json.DecisionJson;
import io.github.xhht.core.json.DossierJson;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.Dossier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code xhht evaluate FILE...}: one decision per dossier, in the chosen format and language. */
final class EvaluateCommand {
    private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Env env;
    private final Lang lang;

    EvaluateCommand(Env env, Lang lang) {
        this.env = env;
        this.lang = lang;
    }

    int run(List<String> tokens) {
        Args args = Args.parse("evaluate", tokens,
                Common.valued(Common.FORMAT, Common.AS_OF, Common.OUT, Common.INTERPRETATION, Common.CITIZEN_FRAMES), Set.of());
        Lang chosen = Common.lang(args);
        Env env = Common.withCitizenFrames(this.env, args, chosen);
        String format = args.choice(Common.FORMAT, Common.FORMATS).orElse("text");
        Optional<LocalDate> given = Common.asOf(args);
        Interpretations interpretations = InterpretationOptions.apply("evaluate", args.values(Common.INTERPRETATION));
        if (args.positionals().isEmpty()) {
            throw CliException.usage("evaluate", "usage.missingArgument", chosen == Lang.VI ? "TỆP" : "FILE");
        }
        LocalDate asOf = given.orElse(env.today());
        Messages messages = Texts.of(chosen);
        List<Decision> decisions = new ArrayList<>();
        boolean failed = false;
        for (String file : args.positionals()) {
            try {
                decisions.add(evaluate(env, file, asOf, interpretations));
            } catch (XhhtException e) {
                failed = true;
                env.err().println("xhht: " + messages.format("error.inFile", file, e.message(chosen)));
                Common.citizenHint(env, e, messages).ifPresent(hint -> env.err().println("xhht: " + hint));
            } catch (CliException e) {
                failed = true;
                env.err().println("xhht: " + e.message(messages));
            }
        }
        if (!decisions.isEmpty()) {
            Render render = new Render(messages, given.isEmpty());
            Common.emit(env, args.value(Common.OUT), switch (format) {
                case "json" -> json(decisions);
                case "html" -> new HtmlReport(render).render(decisions);
                case "markdown" -> new MarkdownReport(render).render(decisions);
                default -> new TextReport(render).render(decisions);
            });
        }
        return failed ? CliException.INPUT : 0;
    }

    private static Decision evaluate(Env env, String file, LocalDate asOf, Interpretations interpretations) {
        Dossier dossier;
        try (InputStream in = Common.open(env, file)) {
            dossier = DossierJson.strict().read(in);
        } catch (IOException e) {
            throw CliException.input("error.read", file, String.valueOf(e.getMessage()));
        }
        return env.schemes().evaluate(dossier, asOf, interpretations);
    }

    /** One object for one dossier, an array for several. */
    static String json(List<Decision> decisions) {
        if (decisions.size() == 1) {
            return DecisionJson.write(decisions.get(0)) + "\n";
        }
        ArrayNode array = PRETTY.createArrayNode();
        decisions.forEach(d -> array.add(DecisionJson.toTree(d)));
        try {
            return PRETTY.writeValueAsString(array) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
