package io.github.xhht.cli;

import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The tool's messages: its own bundle {@code cli_vi/en.properties} over the core bundle. */
public final class Texts {
    private static final Messages VI = Messages.of(Lang.VI).with(Messages.load(Texts.class, "cli", Lang.VI));
    private static final Messages EN = Messages.of(Lang.EN).with(Messages.load(Texts.class, "cli", Lang.EN));

    private Texts() {
    }

    /** Core and cli messages in one language. */
    public static Messages of(Lang lang) {
        return lang == Lang.VI ? VI : EN;
    }

    /** The help text of a command ("main" for the tool itself). */
    public static String help(String command, Lang lang) {
        String file = "help/" + command + "_" + lang.name().toLowerCase(java.util.Locale.ROOT) + ".txt";
        try (InputStream in = Texts.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing help " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
