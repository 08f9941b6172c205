package io.github.xhht.awards.title;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.model.Subject;
import io.github.xhht.core.model.SubjectKind;
import java.util.Arrays;
import java.util.Optional;

/**
 * The three groups of recipients of "Lao động tiên tiến" in LTĐKT Art. 24. An individual's dossier names
 * its group in {@code subject.unitKind} by {@link #code()}.
 */
public enum WorkerGroup {
    /** Art. 24(1): officials, civil servants, public employees and employees (cán bộ, công chức, viên chức, người lao động). */
    EMPLOYEE("employee", 1,
            Text.of("cán bộ, công chức, viên chức, người lao động", "officials, civil servants, public employees and employees")),
    /** Art. 24(2): the armed forces, whose title is "Chiến sĩ tiên tiến" on the standards of clause 1. */
    ARMED_FORCES("armedForces", 2,
            Text.of("lực lượng vũ trang (quân đội, công an, dân quân thường trực, cơ động)",
                    "armed forces (army, police, standing and mobile militia)")),
    /** Art. 24(3): workers, farmers and other labourers outside clauses 1 and 2. */
    LABOURER("labourer", 3,
            Text.of("công nhân, nông dân, người lao động khác", "workers, farmers and other labourers"));

    private final String code;
    private final int clause;
    private final Text label;

    WorkerGroup(String code, int clause, Text label) {
        this.code = code;
        this.clause = clause;
        this.label = label;
    }

    /** The {@code unitKind} code of an individual subject in this group. */
    public String code() {
        return code;
    }

    /** The label in Vietnamese and English. */
    public Text label() {
        return label;
    }

    /** The clause of LTĐKT Art. 24 naming the group. */
    public Citation citation() {
        return EmulationLaw.LAW.article(24).clause(clause);
    }

    /** The group of an individual subject, from its {@code unitKind}; empty for a collective or an unknown code. */
    public static Optional<WorkerGroup> of(Subject subject) {
        if (subject.kind() != SubjectKind.INDIVIDUAL) {
            return Optional.empty();
        }
        return subject.unitKind().flatMap(k -> Arrays.stream(values()).filter(g -> g.code.equals(k)).findFirst());
    }
}
