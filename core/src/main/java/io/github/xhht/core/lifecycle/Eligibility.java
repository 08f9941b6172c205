package io.github.xhht.core.lifecycle;

import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.law.Interpretation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Whether an application may go ahead, and why.
 *
 * @param application the application
 * @param status      allowed, refused, or unresolved (the body to file with is not known, I-5)
 * @param reasons     every reason, refusals first as found, each with its article
 * @param filing      whether it was filed in time; a late filing is reported here and does not by itself
 *                    refuse the application (the circulars set the date but say nothing of late dossiers)
 */
public record Eligibility(Application application, Status status, List<CitedReason> reasons, DeadlineCheck filing) {

    /** The three answers. */
    public enum Status {
        ALLOWED, REFUSED, UNRESOLVED
    }

    public Eligibility {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(filing, "filing");
        reasons = List.copyOf(reasons);
    }

    /** Whether the application is allowed. */
    public boolean allowed() {
        return status == Status.ALLOWED;
    }

    /** Every interpretation the answer relied on. */
    public List<Interpretation> interpretations() {
        List<Interpretation> all = new ArrayList<>();
        reasons.forEach(r -> r.interpretations().stream().filter(i -> !all.contains(i)).forEach(all::add));
        all.sort(null);
        return all;
    }

    /** The reasons and the filing check, one per line. */
    public String message(Lang lang) {
        List<String> lines = new ArrayList<>();
        reasons.forEach(r -> lines.add(r.message(lang)));
        lines.add(filing.reason().message(lang));
        return lines.stream().collect(Collectors.joining("\n"));
    }
}
