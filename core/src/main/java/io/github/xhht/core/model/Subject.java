package io.github.xhht.core.model;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.ProblemCode;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who or what a dossier is about.
 *
 * @param kind         commune, district, province, unit, household, clan, individual, ...
 * @param id           the caller's stable identifier
 * @param name         the official name
 * @param jurisdiction the administrative area it belongs to, e.g. the province; may be empty
 * @param parentId     the collective it belongs to, if any (a school's department, a commune's village)
 * @param unitKind     for a unit, its kind under TT 24 Art. 2 (a code the TT 24 rules define)
 * @param tier         for a unit, the level that evaluates it (district or province, TT 24 Art. 2(1)-(4))
 * @param attributes   the yes/no attributes that decide which rules apply
 */
public record Subject(
        SubjectKind kind,
        String id,
        String name,
        String jurisdiction,
        Optional<String> parentId,
        Optional<String> unitKind,
        Optional<AdminLevel> tier,
        Set<SubjectAttribute> attributes) {

    public Subject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(unitKind, "unitKind");
        Objects.requireNonNull(tier, "tier");
        if (id.isBlank()) {
            throw InvalidInputException.at("/id", ProblemCode.BLANK);
        }
        if (name.isBlank()) {
            throw InvalidInputException.at("/name", ProblemCode.BLANK);
        }
        attributes = attributes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(attributes));
    }

    /** Whether the subject has the attribute. */
    public boolean has(SubjectAttribute attribute) {
        return attributes.contains(attribute);
    }

    /** Starts a subject of this kind with its id and name. */
    public static Builder builder(SubjectKind kind, String id, String name) {
        return new Builder(kind, id, name);
    }

    /** Builds a subject step by step. */
    public static final class Builder {
        private final SubjectKind kind;
        private final String id;
        private final String name;
        private String jurisdiction = "";
        private String parentId;
        private String unitKind;
        private AdminLevel tier;
        private final EnumSet<SubjectAttribute> attributes = EnumSet.noneOf(SubjectAttribute.class);

        private Builder(SubjectKind kind, String id, String name) {
            this.kind = kind;
            this.id = id;
            this.name = name;
        }

        /** Sets or adds {@code jurisdiction}; returns this builder. */
        public Builder jurisdiction(String value) {
            this.jurisdiction = value;
            return this;
        }

        /** Sets or adds {@code parentId}; returns this builder. */
        public Builder parentId(String value) {
            this.parentId = value;
            return this;
        }

        /** Sets or adds {@code unitKind}; returns this builder. */
        public Builder unitKind(String value) {
            this.unitKind = value;
            return this;
        }

        /** Sets or adds {@code tier}; returns this builder. */
        public Builder tier(AdminLevel value) {
            this.tier = value;
            return this;
        }

        /** Adds the attributes. */
        public Builder with(SubjectAttribute... values) {
            attributes.addAll(java.util.List.of(values));
            return this;
        }

        /** The immutable {@code Subject}; invalid values throw {@code InvalidInputException}. */
        public Subject build() {
            return new Subject(kind, id, name, jurisdiction, Optional.ofNullable(parentId),
                    Optional.ofNullable(unitKind), Optional.ofNullable(tier), attributes);
        }
    }
}
