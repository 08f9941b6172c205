/**
 * xhht core: the dossier model, the four-valued rule algebra, evaluation with explanations, citations,
 * messages in Vietnamese and English, and the dossier and decision JSON. Every exported package is API
 * (docs/api-policy.md).
 */
module io.github.xhht.core {
    // JsonNode and ObjectNode appear in the JSON classes' signatures
    requires transitive com.fasterxml.jackson.databind;

    exports io.github.xhht.core.error;
    exports io.github.xhht.core.eval;
    exports io.github.xhht.core.i18n;
    exports io.github.xhht.core.json;
    exports io.github.xhht.core.law;
    exports io.github.xhht.core.lifecycle;
    exports io.github.xhht.core.model;
    exports io.github.xhht.core.rule;

    // dossier.schema.json beside DossierJson is readable by any module (the CLI prints it)
    opens io.github.xhht.core.json;
}
