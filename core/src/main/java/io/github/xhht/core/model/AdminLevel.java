package io.github.xhht.core.model;

import io.github.xhht.core.i18n.Text;

/** The tiers of local government that evaluate and recognise: commune, district, province. */
public enum AdminLevel {
    COMMUNE("commune", Text.of("cấp xã", "commune level")),
    DISTRICT("district", Text.of("cấp huyện", "district level")),
    PROVINCE("province", Text.of("cấp tỉnh", "provincial level"));

    private final String json;
    private final Text label;

    AdminLevel(String json, Text label) {
        this.json = json;
        this.label = label;
    }

    /** The name used in JSON. */
    public String json() {
        return json;
    }

    /** The label in Vietnamese and English. */
    public Text label() {
        return label;
    }
}
