package io.github.xhht.core.error;

import io.github.xhht.core.i18n.Lang;

/** The root of the library's own exceptions; each can explain itself in Vietnamese and English. */
public abstract class XhhtException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected XhhtException(String message) {
        super(message);
    }

    protected XhhtException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The message for a person, in the given language, without a stack trace. */
    public abstract String message(Lang lang);
}
