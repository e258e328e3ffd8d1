package io.mewscontract.docstospec.draft;

import com.fasterxml.jackson.databind.JsonNode;
import io.mewscontract.docs.SourceRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** One property of a drafted object: what the pages say about it, and what the rules decided. */
final class PropertyDraft implements DraftTarget {
    final String name;
    final SchemaDraft owner;
    final List<TableFact> tables = new ArrayList<>();
    final List<ExampleFact> examples = new ArrayList<>();

    TypeRef type = TypeRef.UNKNOWN;
    boolean required;
    boolean nullable;
    String description = "";
    OptionalInt minLength = OptionalInt.empty();
    OptionalInt maxLength = OptionalInt.empty();
    OptionalInt minItems = OptionalInt.empty();
    OptionalInt maxItems = OptionalInt.empty();
    boolean deprecated;
    /** A hybrid identifier: written {@code format: hybrid-id} (DESIGN.md), never given another format. */
    boolean hybridIdentifier;

    final Map<String, JsonNode> extensions = new LinkedHashMap<>();

    PropertyDraft(String name, SchemaDraft owner) {
        this.name = name;
        this.owner = owner;
    }

    /** The document lines of every table row describing this property. */
    List<SourceRef> tableSources() {
        return tables.stream().map(TableFact::source).toList();
    }

    /** The example values shown (not absences), in reading order. */
    List<ExampleFact> shownValues() {
        return examples.stream().filter(e -> !e.absent()).toList();
    }

    @Override
    public String pointer() {
        return owner.propertiesPointer() + "/" + Pointers.escape(name);
    }

    @Override
    public String toString() {
        return owner.name + "." + name;
    }
}
