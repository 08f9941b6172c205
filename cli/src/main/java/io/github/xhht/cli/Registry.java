package io.github.xhht.cli;

import io.github.xhht.awards.title.TitleStandards;
import io.github.xhht.core.eval.Schemes;
import io.github.xhht.tt24.Tt24;
import io.github.xhht.tt25.Tt25;

/**
 * The schemes the tool knows. Adding a scheme is one argument here; everything else (evaluate, batch,
 * catalog, explain) finds it through {@link Schemes}. The "Công dân học tập" scheme ({@code citizen}) is
 * not here: its scoring frame is a caller-given input (a gap of the law as read), not a default; the commands
 * add it from the file named by {@code --citizen-frames}.
 */
public final class Registry {
    private Registry() {
    }

    /** Every scheme of this build. */
    public static Schemes standard() {
        return Schemes.of(
                Tt25.scheme(),
                Tt24.scheme(),
                TitleStandards.scheme());
    }
}
