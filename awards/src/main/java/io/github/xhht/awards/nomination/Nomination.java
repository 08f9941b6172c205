package io.github.xhht.awards.nomination;

import io.github.xhht.awards.AwardForm;
import io.github.xhht.awards.Occasion;
import io.github.xhht.awards.plan.DossierDocument;
import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.ProblemCode;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.History;
import io.github.xhht.core.model.PendingProceeding;
import io.github.xhht.core.model.Subject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A proposal to commend a subject ("đề nghị khen thưởng"): who, for which achievement, with which form, at
 * which occasion, under which of the plan's categories, with its dossier documents and dates. Immutable.
 *
 * @param id                the nomination's id, unique in its slate
 * @param subject           who is nominated
 * @param history           its past recognitions, awards and titles
 * @param proceedings       its disciplinary reviews, investigations and complaints, pending or closed
 * @param achievement       the achievement
 * @param form              the proposed form
 * @param occasion          the occasion
 * @param category          the plan's category it is nominated under, if the caller names one
 * @param submittedOn       the day the dossier reached the receiving body, if known
 * @param registeredOn      the day it registered for emulation (PR-5), if known
 * @param documents         the documents its dossier holds
 * @param basedOnInitiative whether the achievement rests on an initiative, invention or research work
 */
public record Nomination(
        String id,
        Subject subject,
        History history,
        List<PendingProceeding> proceedings,
        Achievement achievement,
        AwardForm form,
        Occasion occasion,
        Optional<String> category,
        Optional<LocalDate> submittedOn,
        Optional<LocalDate> registeredOn,
        Set<DossierDocument> documents,
        boolean basedOnInitiative) {

    public Nomination {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(achievement, "achievement");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(occasion, "occasion");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(submittedOn, "submittedOn");
        Objects.requireNonNull(registeredOn, "registeredOn");
        if (id.isBlank()) {
            throw InvalidInputException.at("/id", ProblemCode.BLANK);
        }
        proceedings = List.copyOf(proceedings);
        documents = documents.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(documents));
    }

    /** Starts a nomination of the subject for the form on the occasion, for the achievement. */
    public static Builder builder(String id, Subject subject, Achievement achievement, AwardForm form, Occasion occasion) {
        return new Builder(id, subject, achievement, form, occasion);
    }

    /** Builds a nomination step by step. */
    public static final class Builder {
        private final String id;
        private Subject subject;
        private final Achievement achievement;
        private final AwardForm form;
        private final Occasion occasion;
        private History history = History.empty();
        private final List<PendingProceeding> proceedings = new ArrayList<>();
        private String category;
        private LocalDate submittedOn;
        private LocalDate registeredOn;
        private final EnumSet<DossierDocument> documents = EnumSet.noneOf(DossierDocument.class);
        private boolean basedOnInitiative;

        private Builder(String id, Subject subject, Achievement achievement, AwardForm form, Occasion occasion) {
            this.id = id;
            this.subject = subject;
            this.achievement = achievement;
            this.form = form;
            this.occasion = occasion;
        }

        /** Takes the subject, history and proceedings of a dossier. */
        public Builder dossier(Dossier dossier) {
            this.subject = dossier.subject();
            this.history = dossier.history();
            this.proceedings.clear();
            this.proceedings.addAll(dossier.proceedings());
            return this;
        }

        /** Sets or adds {@code history}; returns this builder. */
        public Builder history(History value) {
            this.history = value;
            return this;
        }

        /** Sets or adds {@code proceeding}; returns this builder. */
        public Builder proceeding(PendingProceeding value) {
            proceedings.add(value);
            return this;
        }

        /** Sets or adds {@code category}; returns this builder. */
        public Builder category(String value) {
            this.category = value;
            return this;
        }

        /** Sets or adds {@code submittedOn}; returns this builder. */
        public Builder submittedOn(LocalDate value) {
            this.submittedOn = value;
            return this;
        }

        /** Sets or adds {@code registeredOn}; returns this builder. */
        public Builder registeredOn(LocalDate value) {
            this.registeredOn = value;
            return this;
        }

        /** Sets or adds {@code documents}; returns this builder. */
        public Builder documents(DossierDocument... values) {
            documents.addAll(List.of(values));
            return this;
        }

        /** Whether the nomination rests on an initiative (sáng kiến). */
        public Builder basedOnInitiative(boolean value) {
            this.basedOnInitiative = value;
            return this;
        }

        /** The immutable {@code Nomination}; invalid values throw {@code InvalidInputException}. */
        public Nomination build() {
            return new Nomination(id, subject, history, proceedings, achievement, form, occasion,
                    Optional.ofNullable(category), Optional.ofNullable(submittedOn), Optional.ofNullable(registeredOn),
                    documents, basedOnInitiative);
        }
    }
}
