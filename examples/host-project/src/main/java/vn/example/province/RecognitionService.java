package vn.example.province;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.eval.Schemes;
import io.github.xhht.core.json.DecisionJson;
import io.github.xhht.core.json.DossierJson;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.tt24.Tt24;
import io.github.xhht.tt25.Tt25;
import java.nio.file.Path;
import java.time.LocalDate;

/** What a province's software writes around xhht: read a submitted dossier, decide, keep the JSON. */
public final class RecognitionService {
    private final Schemes schemes = Schemes.of(Tt25.scheme(), Tt24.scheme());
    private final DossierJson json = DossierJson.strict();

    /** Reads the dossier (strictly: a bad one throws {@link InvalidInputException}) and evaluates it. */
    public Decision decide(Path dossierFile, LocalDate asOf) {
        Dossier dossier = json.read(dossierFile);
        return schemes.evaluate(dossier, asOf, Interpretations.defaults());
    }

    /** The decision as the audit JSON the province keeps. */
    public String audit(Decision decision) {
        return DecisionJson.write(decision);
    }
}
