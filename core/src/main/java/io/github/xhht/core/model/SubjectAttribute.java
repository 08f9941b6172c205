package io.github.xhht.core.model;

import io.github.xhht.core.i18n.Text;

/** Yes/no attributes of a subject that decide which rules apply to it. */
public enum SubjectAttribute {
    /** TT 25 Art. 6(5)(b), 7(5)(b): a commune in a difficult area (I-9: never derived from the next one). */
    DIFFICULT_AREA("difficultArea", Text.of("xã thuộc vùng khó khăn", "commune in a difficult area")),
    /** Decree 20/2014: a commune with especially difficult socio-economic conditions (I-9). */
    ESPECIALLY_DIFFICULT_COMMUNE("especiallyDifficultCommune",
            Text.of("xã có điều kiện kinh tế - xã hội đặc biệt khó khăn", "commune with especially difficult socio-economic conditions")),
    /** A state agency (cơ quan nhà nước). */
    STATE_AGENCY("stateAgency", Text.of("cơ quan nhà nước", "state agency")),
    /** A public service unit (đơn vị sự nghiệp công lập). */
    PUBLIC_SERVICE_UNIT("publicServiceUnit", Text.of("đơn vị sự nghiệp công lập", "public service unit")),
    /** A public (state-owned) institution, as opposed to a private one (công lập). */
    PUBLIC_INSTITUTION("publicInstitution", Text.of("công lập", "public institution")),
    /** A province or city that has a university of its own (I-10). */
    HAS_UNIVERSITY("hasUniversity", Text.of("có trường đại học", "has a university"));

    private final String json;
    private final Text label;

    SubjectAttribute(String json, Text label) {
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
