package io.github.xhht.core.model;

import io.github.xhht.core.i18n.Text;

/** Proceedings that bar an award while pending (Law 06/2022 on emulation and commendation). */
public enum ProceedingKind {
    DISCIPLINE("discipline", Text.of("đang bị xem xét kỷ luật", "under disciplinary review")),
    INVESTIGATION("investigation", Text.of("đang bị điều tra", "under investigation")),
    INSPECTION("inspection", Text.of("đang bị thanh tra, kiểm tra", "under inspection")),
    COMPLAINT("complaint", Text.of("có đơn thư khiếu nại, tố cáo đang được xác minh", "subject of a complaint or denunciation being verified"));

    private final String json;
    private final Text label;

    ProceedingKind(String json, Text label) {
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
