package io.github.xhht.core.lifecycle;

import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.i18n.Messages;

/** The core messages chained with this package's own bundle ({@code lifecycle_vi/en.properties}). */
final class LifecycleMessages {
    private static final Messages VI = Messages.of(Lang.VI).with(Messages.load(LifecycleMessages.class, "lifecycle", Lang.VI));
    private static final Messages EN = Messages.of(Lang.EN).with(Messages.load(LifecycleMessages.class, "lifecycle", Lang.EN));

    private LifecycleMessages() {
    }

    static Messages of(Lang lang) {
        return lang == Lang.VI ? VI : EN;
    }
}
