package io.github.xhht.cli;

import io.github.xhht.awards.title.TitleStandards;
import io.github.xhht.core.eval.Schemes;
import io.github.xhht.tt24.Tt24;

/**
 * The schemes the tool knows. Adding a scheme is one argument here; everything else (evaluate, batch,
 * catalog, explain) finds it through {@link Schemes}.
 */
public final class Registry {
    private Registry() {
    }

    /** Every scheme of this build. */
    public static Schemes standard() {
        return Schemes.of(
                Tt24.scheme(),
                TitleStandards.scheme());
    }
}
