package io.mewscontract.codegen.load;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.mewscontract.codegen.ReferenceScope;
import io.mewscontract.codegen.SpecException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Bundles the documents a spec refers to into the spec itself, so that the OpenAPI parser gets one
 * self-contained document and never opens a file or a connection. Every referenced document is read by
 * {@link SpecDocument} (YAML 1.2 rules, no 3 MB limit) after {@link ReferenceGuard} allowed it.
 *
 * <p>A schema from another document becomes a component schema named like the parser would name it: after the
 * last token of the reference's pointer ({@code parts/common.yaml#/Widget} → {@code Widget}), or the file's base
 * name when the reference names a whole file; a component that is only a reference to another document
 * ({@code Widget: {$ref: 'widget.yaml'}}) keeps its own name. Two different schemas meeting on one name (ignoring
 * case) are refused with the pointer of the reference. Everything else referenced from another document (path
 * items, responses, parameters, request bodies) is written in place; a cycle of such references is refused.
 * References into the spec itself become internal references.
 */
final class ExternalReferences {

    /** Nodes copied from other documents, at most: inlined references must not expand without bound. */
    static final long MAX_COPIED_NODES = 5_000_000;

    private static final Pattern COMPONENT_NAME = Pattern.compile("[A-Za-z0-9._-]+");
    /** Keywords whose values are data, never schemas or references to follow. */
    private static final Set<String> DATA_IN_SCHEMA = Set.of("example", "examples", "default", "enum", "const");

    private static final Set<String> DATA_OUTSIDE_SCHEMA = Set.of("example", "value");

    /** Where a bundled component schema came from, so that errors in it name its own file and pointer. */
    record Origin(Path file, String pointer, @Nullable URI remote) {}

    /** The self-contained document and the origin of every component schema taken from another document. */
    record Bundle(JsonNode document, Map<String, Origin> origins) {}

    private record Target(URI document, String fragment) {
        String key() {
            return document + "#" + fragment;
        }
    }

    private record Hoist(String name, Target target) {}

    private final Path spec;
    private final URI main;
    private final ReferenceGuard guard;
    private final RemoteDocuments remote = new RemoteDocuments();
    private final Map<URI, JsonNode> documents = new HashMap<>();
    private final Map<String, String> schemaNames = new HashMap<>();
    /** Lower-case component name → what claimed it. */
    private final Map<String, String> claimedBy = new HashMap<>();

    private final Map<String, Origin> origins = new LinkedHashMap<>();
    private final ArrayDeque<Hoist> pending = new ArrayDeque<>();
    private final Set<String> inlining = new HashSet<>();
    private final JsonNodeFactory nodes = new JsonNodeFactory(true);
    private @Nullable ObjectNode schemas;
    private long copied;

    private ExternalReferences(Path spec, Path realSpec, JsonNode document, ReferenceScope scope) {
        this.spec = spec;
        this.main = realSpec.toUri();
        this.guard = new ReferenceGuard(realSpec, scope);
        documents.put(main, document);
    }

    /**
     * @param spec the spec file; {@code document} is its content, changed in place
     * @throws SpecException naming the file and pointer of a reference that may not or cannot be followed, or of a
     *     problem in a referenced document
     * @throws IOException if a referenced document cannot be read
     */
    static Bundle bundle(Path spec, JsonNode document, ReferenceScope scope) throws SpecException, IOException {
        ExternalReferences bundler = new ExternalReferences(spec, spec.toRealPath(), document, scope);
        if (!document.isObject()) {
            return new Bundle(document, Map.of());
        }
        JsonNode existing = document.path("components").path("schemas");
        if (existing.isObject()) {
            bundler.schemas = (ObjectNode) existing;
            bundler.claimComponentsOfTheSpec();
        }
        JsonNode result = bundler.visit(document, bundler.main, Pointer.ROOT, false);
        while (!bundler.pending.isEmpty()) {
            Hoist hoist = bundler.pending.poll();
            JsonNode content =
                    bundler.node(hoist.target(), Pointer.ROOT, hoist.target().key());
            bundler.schemas()
                    .set(
                            hoist.name(),
                            bundler.visit(
                                    content,
                                    hoist.target().document(),
                                    new Pointer(hoist.target().fragment()),
                                    true));
        }
        return new Bundle(result, Map.copyOf(bundler.origins));
    }

    /** The spec's own component names are taken; a component that only refers elsewhere keeps its name. */
    private void claimComponentsOfTheSpec() throws SpecException, IOException {
        ObjectNode own = schemas();
        for (String name : iterable(own)) {
            claimedBy.put(name.toLowerCase(Locale.ROOT), Pointer.schema(name).value());
        }
        for (String name : iterable(own)) {
            JsonNode value = own.get(name);
            JsonNode ref = value.get("$ref");
            if (value.size() == 1
                    && ref != null
                    && ref.isTextual()
                    && !ref.asText().startsWith("#")) {
                Target target = target(main, ref.asText(), Pointer.schema(name).add("$ref"));
                if (!target.document().equals(main) && schemaNames.putIfAbsent(target.key(), name) == null) {
                    pending.add(new Hoist(name, target));
                    origins.put(name, origin(target));
                }
            }
        }
    }

    /**
     * The node with every reference to another document replaced; nodes of the spec are changed in place, nodes
     * of other documents copied (they may be used more than once).
     */
    @SuppressWarnings("ReferenceEquality") // "was this node replaced?" is a question of identity
    private JsonNode visit(JsonNode node, URI document, Pointer at, boolean inSchema)
            throws SpecException, IOException {
        boolean copy = !document.equals(main);
        if (copy && ++copied > MAX_COPIED_NODES) {
            throw new SpecException(
                    SpecException.Kind.INVALID,
                    shownAs(document),
                    at.value(),
                    "The references"
                            + " expand the spec beyond " + MAX_COPIED_NODES + " nodes (references repeated inside"
                            + " referenced parts?)");
        }
        if (node.isArray()) {
            ArrayNode array = copy ? nodes.arrayNode(node.size()) : (ArrayNode) node;
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = visit(node.get(i), document, at.add(i), inSchema);
                if (copy) {
                    array.add(item);
                } else if (item != node.get(i)) {
                    array.set(i, item);
                }
            }
            return array;
        }
        if (!node.isObject()) {
            return node; // value nodes are immutable: shared, not copied
        }
        JsonNode ref = node.get("$ref");
        if (ref != null && ref.isTextual() && (copy || !ref.asText().startsWith("#"))) {
            return reference(node, ref.asText(), document, at, inSchema);
        }
        ObjectNode object = copy ? nodes.objectNode() : (ObjectNode) node;
        for (String key : iterable(node)) {
            JsonNode value = node.get(key);
            Pointer valueAt = at.add(key);
            JsonNode result;
            if (inSchema ? DATA_IN_SCHEMA.contains(key) : DATA_OUTSIDE_SCHEMA.contains(key)) {
                result = copy ? value.deepCopy() : value;
            } else if (inSchema
                    && key.equals("discriminator")
                    && value.path("mapping").isObject()) {
                result = discriminator(value, document, valueAt, copy);
            } else {
                result = visit(
                        value,
                        document,
                        valueAt,
                        inSchema || key.equals("schema") || (!copy && at.value().equals("/components/schemas")));
            }
            if (copy || result != value) {
                object.set(key, result);
            }
        }
        return object;
    }

    private JsonNode reference(JsonNode node, String ref, URI document, Pointer at, boolean inSchema)
            throws SpecException, IOException {
        Target target = target(document, ref, at.add("$ref"));
        ObjectNode result = nodes.objectNode();
        if (target.document().equals(main)) {
            result.put("$ref", "#" + target.fragment());
        } else if (inSchema) {
            result.put(
                    "$ref",
                    "#" + Pointer.schema(schemaName(target, ref, document, at)).value());
        } else {
            if (!inlining.add(target.key())) {
                throw new SpecException(
                        SpecException.Kind.INVALID,
                        shownAs(document),
                        at.add("$ref").value(),
                        "A reference cycle through " + target.key() + ": the referenced part contains itself");
            }
            JsonNode content = visit(node(target, at, ref), target.document(), new Pointer(target.fragment()), false);
            inlining.remove(target.key());
            if (!content.isObject()) {
                return content;
            }
            result = (ObjectNode) content;
        }
        for (String key : iterable(node)) {
            if (!key.equals("$ref")) {
                result.set(key, visit(node.get(key), document, at.add(key), inSchema));
            }
        }
        return result;
    }

    /** {@code mapping} values are schema names or references: references to other documents are bundled. */
    private JsonNode discriminator(JsonNode discriminator, URI document, Pointer at, boolean copy)
            throws SpecException, IOException {
        ObjectNode result = discriminator.deepCopy();
        ObjectNode mapping = (ObjectNode) result.get("mapping");
        for (String kind : iterable(mapping)) {
            JsonNode value = mapping.get(kind);
            String ref = value.asText();
            if (value.isTextual() && (ref.contains("/") || ref.contains("#")) && (copy || !ref.startsWith("#"))) {
                Pointer valueAt = at.add("mapping").add(kind);
                Target target = target(document, ref, valueAt);
                mapping.set(
                        kind,
                        TextNode.valueOf("#"
                                + (target.document().equals(main)
                                        ? target.fragment()
                                        : Pointer.schema(schemaName(target, ref, document, valueAt))
                                                .value())));
            }
        }
        return copy || !result.equals(discriminator) ? result : discriminator;
    }

    private String schemaName(Target target, String ref, URI document, Pointer at) throws SpecException {
        String known = schemaNames.get(target.key());
        if (known != null) {
            return known;
        }
        String name = target.fragment().isEmpty() ? baseName(target.document()) : lastToken(target.fragment());
        if (!COMPONENT_NAME.matcher(name).matches()) {
            throw new SpecException(
                    SpecException.Kind.UNSUPPORTED,
                    shownAs(document),
                    at.value(),
                    "The reference "
                            + ref + " would become the schema '" + name + "', which is no component name"
                            + " ([A-Za-z0-9._-]); name it in the spec's components and refer to that");
        }
        String claimed = claimedBy.putIfAbsent(name.toLowerCase(Locale.ROOT), ref + " (" + target.key() + ")");
        if (claimed != null) {
            throw new SpecException(
                    SpecException.Kind.INVALID,
                    shownAs(document),
                    at.value(),
                    "The reference "
                            + ref + " would become the schema " + name + ", which is already " + claimed + "; give one"
                            + " of them another name (a component {" + name + "2: {$ref: ...}} in the spec names it)");
        }
        schemaNames.put(target.key(), name);
        origins.put(name, origin(target));
        pending.add(new Hoist(name, target));
        return name;
    }

    private Target target(URI from, String ref, Pointer at) throws SpecException, IOException {
        int hash = ref.indexOf('#');
        String location = hash < 0 ? ref : ref.substring(0, hash);
        String fragment = hash < 0 ? "" : fragment(ref.substring(hash + 1));
        URI document = location.isEmpty() ? from : guard.target(from, shownAs(from), location, ref, at);
        return new Target(document, fragment.equals("/") ? "" : fragment);
    }

    /** The node a reference names, reading its document on first use. */
    private JsonNode node(Target target, Pointer at, String ref) throws SpecException, IOException {
        JsonNode document = documents.get(target.document());
        if (document == null) {
            document = read(target.document());
            documents.put(target.document(), document);
        }
        JsonNode node = target.fragment().isEmpty() ? document : document.at(JsonPointer.compile(target.fragment()));
        if (node.isMissingNode()) {
            throw new SpecException(
                    SpecException.Kind.INVALID,
                    shownAs(target.document()),
                    target.fragment(),
                    "Nothing is there, but " + ref + " (at " + at.value() + ") refers to it");
        }
        return node;
    }

    private JsonNode read(URI document) throws SpecException, IOException {
        if (!ReferenceGuard.isRemote(document)) {
            return SpecDocument.read(Path.of(document));
        }
        String text = remote.fetch(document);
        try {
            return SpecDocument.parse(text, spec);
        } catch (SpecException e) {
            List<SpecException.Problem> problems = new ArrayList<>();
            for (SpecException.Problem problem : e.problems()) {
                problems.add(new SpecException.Problem(
                        problem.pointer(), "in " + document + "#" + problem.pointer() + ": " + problem.message()));
            }
            throw new SpecException(e.kind(), spec, problems);
        }
    }

    private Origin origin(Target target) {
        URI document = target.document();
        return new Origin(shownAs(document), target.fragment(), ReferenceGuard.isRemote(document) ? document : null);
    }

    private Path shownAs(URI document) {
        return ReferenceGuard.isRemote(document) ? spec : document.equals(main) ? spec : Path.of(document);
    }

    private ObjectNode schemas() {
        if (schemas == null) {
            ObjectNode root = (ObjectNode) java.util.Objects.requireNonNull(documents.get(main), "the spec is read");
            JsonNode components = root.get("components");
            ObjectNode componentsObject =
                    components instanceof ObjectNode object ? object : root.putObject("components");
            schemas = componentsObject.putObject("schemas");
        }
        return schemas;
    }

    private static String fragment(String raw) {
        if (!raw.contains("%")) {
            return raw;
        }
        try {
            String decoded = new URI("#" + raw).getFragment();
            return decoded == null ? raw : decoded;
        } catch (URISyntaxException e) {
            return raw;
        }
    }

    private static String lastToken(String fragment) {
        return fragment.substring(fragment.lastIndexOf('/') + 1)
                .replace("~1", "/")
                .replace("~0", "~");
    }

    private static String baseName(URI document) {
        String path = document.getPath() == null ? "" : document.getPath();
        String file = path.substring(path.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    private static Iterable<String> iterable(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : object.properties()) {
            names.add(property.getKey());
        }
        return names;
    }
}
