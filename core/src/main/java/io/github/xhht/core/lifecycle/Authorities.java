package io.github.xhht.core.lifecycle;

import io.github.xhht.core.law.Interpretation;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who decides a recognition and where the dossier is filed, chosen by the as-of date. TT 24: the
 * chairman of the district / provincial People's Committee (Art. 5(1), 11(1)), dossiers to the district
 * education office / provincial department (Art. 10(1)(c), 16(1)(c)). TT 25: the head of the district
 * education office for communes (Art. 5(1), 9(2)(đ)), the director of the provincial department for
 * districts (Art. 10(1), 14(2)(đ)), the Minister for provinces (Art. 15(1), 19(2)).
 *
 * <p>From 1 July 2025 the district tier no longer exists and no amending act is known (tt24.md §6,
 * tt25.md §7.2). Where the law names a district office for such a date, the answer is "unresolved"
 * (I-5) unless the caller's {@link Configuration} names the office; it is never guessed.
 */
public final class Authorities {
    private Authorities() {
    }

    /** The two roles an office plays in the procedure. */
    public enum Role {
        DECIDES, RECEIVES
    }

    /**
     * The offices a caller designates for tracks whose legal office no longer exists (I-5). Used only for
     * dates on which the office the law names has ceased to exist.
     *
     * @param deciders  who decides, per track
     * @param receivers where dossiers are filed, per track
     */
    public record Configuration(Map<Track, Office> deciders, Map<Track, Office> receivers) {
        public Configuration {
            deciders = Map.copyOf(deciders);
            receivers = Map.copyOf(receivers);
        }

        /** No office configured: every gap stays unresolved. */
        public static Configuration none() {
            return new Configuration(Map.of(), Map.of());
        }

        /** A copy in which this office decides on the track. */
        public Configuration withDecider(Track track, Office office) {
            Map<Track, Office> all = new EnumMap<>(Track.class);
            all.putAll(deciders);
            all.put(track, office);
            return new Configuration(all, receivers);
        }

        /** A copy in which this office receives the applications of the track. */
        public Configuration withReceiver(Track track, Office office) {
            Map<Track, Office> all = new EnumMap<>(Track.class);
            all.putAll(receivers);
            all.put(track, office);
            return new Configuration(deciders, all);
        }
    }

    /**
     * The answer.
     *
     * @param track  the procedure
     * @param role   decides or receives
     * @param asOf   the date asked about
     * @param office the office; empty when unresolved or the circular was not yet in force
     * @param byLaw  the office the circular names
     * @param reason why, with the article and I-5 where relied on
     */
    public record Answer(Track track, Role role, LocalDate asOf, Optional<Office> office, Office byLaw,
                         CitedReason reason) {
        public Answer {
            Objects.requireNonNull(track, "track");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(asOf, "asOf");
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(byLaw, "byLaw");
            Objects.requireNonNull(reason, "reason");
        }

        /** Whether an office is known. */
        public boolean resolved() {
            return office.isPresent();
        }
    }

    /** Who decides on the date. */
    public static Answer decider(Track track, LocalDate asOf, Configuration configuration) {
        return answer(track, Role.DECIDES, asOf, track.deciderByLaw(),
                Optional.ofNullable(configuration.deciders().get(track)));
    }

    /** Where the dossier is filed on the date. */
    public static Answer receiver(Track track, LocalDate asOf, Configuration configuration) {
        return answer(track, Role.RECEIVES, asOf, track.receiverByLaw(),
                Optional.ofNullable(configuration.receivers().get(track)));
    }

    private static Answer answer(Track track, Role role, LocalDate asOf, Office byLaw, Optional<Office> configured) {
        if (asOf.isBefore(track.inForceFrom())) {
            return new Answer(track, role, asOf, Optional.empty(), byLaw,
                    CitedReason.of(CitedReason.Code.LAW_NOT_IN_FORCE, track.inForceCitation(), asOf, track.inForceFrom()));
        }
        if (byLaw.existsOn(asOf)) {
            return new Answer(track, role, asOf, Optional.of(byLaw), byLaw,
                    CitedReason.of(CitedReason.Code.OFFICE_BY_LAW, citation(track, role), byLaw.name()));
        }
        if (configured.isPresent()) {
            return new Answer(track, role, asOf, configured, byLaw,
                    CitedReason.of(CitedReason.Code.OFFICE_CONFIGURED, citation(track, role),
                            configured.get().name(), byLaw.name()).relyingOn(Interpretation.I_5));
        }
        return new Answer(track, role, asOf, Optional.empty(), byLaw,
                CitedReason.of(CitedReason.Code.OFFICE_UNRESOLVED, citation(track, role), byLaw.name(), asOf)
                        .relyingOn(Interpretation.I_5));
    }

    private static io.github.xhht.core.law.Citation citation(Track track, Role role) {
        return role == Role.DECIDES ? track.authorityCitation() : track.filingCitation();
    }
}
