package io.github.xhht.core.model;

import io.github.xhht.core.i18n.Text;

/** What a dossier is about. */
public enum SubjectKind {
    COMMUNE("commune", Text.of("xã, phường, thị trấn", "commune, ward or township")),
    DISTRICT("district", Text.of("huyện, quận, thị xã, thành phố thuộc tỉnh", "district, urban district, town or provincial city")),
    PROVINCE("province", Text.of("tỉnh, thành phố trực thuộc trung ương", "province or centrally-run city")),
    UNIT("unit", Text.of("đơn vị (cơ quan, tổ chức, doanh nghiệp, cơ sở giáo dục)", "unit (agency, organisation, enterprise, educational institution)")),
    VILLAGE("village", Text.of("thôn, ấp, bản, tổ dân phố", "village or residential group")),
    HOUSEHOLD("household", Text.of("gia đình", "household")),
    CLAN("clan", Text.of("dòng họ", "clan")),
    INDIVIDUAL("individual", Text.of("cá nhân", "individual"));

    private final String json;
    private final Text label;

    SubjectKind(String json, Text label) {
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

    /** Whether a subject of this kind is a collective (everything but an individual). */
    public boolean collective() {
        return this != INDIVIDUAL;
    }
}
