package io.github.xhht.awards.nomination;

import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.i18n.Messages;

/** The awards message bundle ({@code messages_vi/en.properties} beside this class) chained before the core one. */
public final class AwardMessages {
    private static final Messages VI = Messages.of(Lang.VI).with(Messages.load(AwardMessages.class, "messages", Lang.VI));
    private static final Messages EN = Messages.of(Lang.EN).with(Messages.load(AwardMessages.class, "messages", Lang.EN));

    private AwardMessages() {
    }

    /** Awards and core messages in the language. */
    public static Messages of(Lang lang) {
        return lang == Lang.VI ? VI : EN;
    }
}
