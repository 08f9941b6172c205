package io.github.xhht.core.model;

import io.github.xhht.core.i18n.Text;

/** Why a recognition was sought: the first time, again after expiry, or to move from Level 1 to Level 2. */
public enum RecognitionKind {
    FIRST("first", Text.of("công nhận lần đầu", "first recognition")),
    RENEWAL("renewal", Text.of("công nhận lại", "re-recognition")),
    UPGRADE("upgrade", Text.of("công nhận nâng mức độ", "upgrade"));

    private final String json;
    private final Text label;

    RecognitionKind(String json, Text label) {
        this.json = json;
        this.label = label;
    }

    /** The code used in the dossier JSON. */
    public String json() {
        return json;
    }

    /** The label in Vietnamese and English. */
    public Text label() {
        return label;
    }
}
