package io.mewscontract.docstospec.draft;

import com.fasterxml.jackson.databind.JsonNode;
import io.mewscontract.docs.SourceRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One component schema of the draft: an object (request, response or named object) or an enum. */
final class SchemaDraft implements DraftTarget {
    enum Kind {
        OBJECT,
        ENUM,
        MAP,
        SCALAR
    }

    final String key;
    String name;
    Kind kind;
    /** Decided once by {@link WellKnownObjects} or a synthesizing rule; the per-property rules leave it alone. */
    boolean fixed;
    /** Whether this is an operation's request body (written {@code allOf: [ConnectorRequest, {...}]}). */
    boolean requestBody;

    final Set<String> docNames = new LinkedHashSet<>();
    final List<SourceRef> sources = new ArrayList<>();
    final Map<String, PropertyDraft> properties = new LinkedHashMap<>();
    final Map<String, EnumValueDraft> values = new LinkedHashMap<>();
    /** For {@link Kind#MAP}: the values' type. */
    TypeRef mapValues = TypeRef.STRING;

    boolean nullable;
    String description = "";
    final Map<String, JsonNode> extensions = new LinkedHashMap<>();
    /**
     * Cross-property rules ({@code x-mews-at-least-one-of}, ...): written beside the properties they name, which
     * for a request body is its own {@code allOf} part (DESIGN.md).
     */
    final Map<String, JsonNode> rules = new LinkedHashMap<>();
    /** The properties that use this schema (filled when drafting is done), for nullability of references. */
    final List<PropertyDraft> uses = new ArrayList<>();

    SchemaDraft(String key, String name, Kind kind) {
        this.key = key;
        this.name = name;
        this.kind = kind;
    }

    PropertyDraft property(String propertyName) {
        return properties.computeIfAbsent(propertyName, n -> new PropertyDraft(n, this));
    }

    @Override
    public String pointer() {
        return "/components/schemas/" + Pointers.escape(name);
    }

    String propertiesPointer() {
        return pointer() + (requestBody ? "/allOf/1/properties" : "/properties");
    }

    /** One value of an enum with the lines that list it. */
    static final class EnumValueDraft {
        final String value;
        String description = "";
        final List<SourceRef> sources = new ArrayList<>();

        EnumValueDraft(String value) {
            this.value = value;
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
