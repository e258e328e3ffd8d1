package io.mewscontract.codegen.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mewscontract.codegen.SpecException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a spec file (YAML or JSON) into a plain tree, the way YAML 1.2 reads it, before any other reader sees
 * it. Why not Jackson's or swagger-parser's YAML reading: both resolve plain scalars by YAML 1.1, where
 * {@code Yes}, {@code No}, {@code On}, {@code Off}, {@code y} and {@code n} are booleans and {@code 012} is an
 * octal 10, so {@code enum: [Yes, No]} silently became {@code [true, false]}; and both stop at 3 million code
 * points, which a whole-API spec exceeds. Here only {@code true}/{@code false} are booleans, integers are
 * decimal (or {@code 0x}/{@code 0o}), decimals are read exactly, and the size limit is {@link #MAX_CODE_POINTS}.
 * Files the spec refers to are read here too ({@link ExternalReferences}), so the same rules hold for them.
 *
 * <p>Duplicate keys (with their pointer), recursive aliases and more than {@link #MAX_ALIASES} aliases per collection (the
 * "billion laughs" expansion) are refused; nesting is limited to {@link #MAX_DEPTH} levels so that no reader
 * further on can overflow its stack.
 */
final class SpecDocument {
    private SpecDocument() {}

    /** 64 Mi code points: twenty times the whole Connector API. */
    static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

    static final int MAX_DEPTH = 200;

    static final int MAX_ALIASES = 100;

    /**
     * @param file the spec file, or a file it refers to
     * @throws IOException if the file cannot be read
     * @throws SpecException if it is not well-formed YAML (with line and column), or too large or deep
     */
    static JsonNode read(Path file) throws IOException, SpecException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, Files.size(file), file);
        }
    }

    /**
     * Reads a document fetched from elsewhere (a remote reference) by the same rules.
     *
     * @param shownAs the file errors name
     */
    static JsonNode parse(String text, Path shownAs) throws SpecException {
        try {
            return read(new StringReader(text), text.length(), shownAs);
        } catch (IOException e) {
            throw new IllegalStateException("A string reader does not fail", e);
        }
    }

    private static JsonNode read(Reader reader, long size, Path file) throws IOException, SpecException {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        DumperOptions dumper = new DumperOptions();
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, new Yaml12());
        Node root;
        try {
            root = yaml.compose(reader);
        } catch (MarkedYAMLException e) {
            String where = e.getProblemMark() == null
                    ? ""
                    : " (line " + (e.getProblemMark().getLine() + 1) + ", column "
                            + (e.getProblemMark().getColumn() + 1) + ")";
            throw new SpecException(
                    SpecException.Kind.INVALID,
                    file,
                    "",
                    "Not well-formed YAML" + where + ": " + oneLine(e.getProblem()));
        } catch (YAMLException e) {
            throw new SpecException(
                    SpecException.Kind.INVALID,
                    file,
                    "",
                    "Not readable as YAML: " + oneLine(String.valueOf(e.getMessage())));
        }
        if (root == null) {
            throw new SpecException(SpecException.Kind.INVALID, file, "", "The file is empty");
        }
        try {
            // Without aliases a document has fewer nodes than characters; aliases repeated inside aliases ("a
            // billion laughs") would expand without bound, so the expansion is held to that size.
            return new Converter(size + 1000).convert(root, Pointer.ROOT);
        } catch (LoadFailure failure) {
            throw new SpecException(
                    failure.kind(), file, failure.pointer().value(), String.valueOf(failure.getMessage()));
        }
    }

    private static String oneLine(String text) {
        return String.valueOf(text).strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** The YAML 1.2 core schema's implicit types; everything else plain is text. */
    private static final class Yaml12 extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF");
            addImplicitResolver(Tag.INT, Pattern.compile("^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"), "-+0123456789");
            addImplicitResolver(
                    Tag.FLOAT,
                    Pattern.compile(
                            "^(?:[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)"
                                    + "|\\.(?:nan|NaN|NAN))$"),
                    "-+0123456789.");
            addImplicitResolver(Tag.NULL, Pattern.compile("^(?:~|null|Null|NULL|)$"), "~nN\0");
        }
    }

    /** Node graph to tree; an alias of an enclosing collection would be infinite and is refused. */
    private static final class Converter {
        private final JsonNodeFactory nodes = new JsonNodeFactory(true);
        private final IdentityHashMap<Node, Boolean> inProgress = new IdentityHashMap<>();
        private long budget;

        Converter(long budget) {
            this.budget = budget;
        }

        JsonNode convert(Node node, Pointer at) {
            if (--budget < 0) {
                throw LoadFailure.invalid(
                        at,
                        "The document's aliases expand it beyond its own size (aliases of"
                                + " aliases?); write the repeated parts out or use $ref");
            }
            if (node instanceof ScalarNode scalar) {
                return scalar(scalar, at);
            }
            if (inProgress.put(node, Boolean.TRUE) != null) {
                throw LoadFailure.invalid(
                        at,
                        "An alias refers to a collection that contains it (line "
                                + (node.getStartMark().getLine() + 1) + "); the document would be infinite");
            }
            try {
                if (node instanceof SequenceNode sequence) {
                    ArrayNode array = nodes.arrayNode();
                    for (int i = 0; i < sequence.getValue().size(); i++) {
                        array.add(convert(sequence.getValue().get(i), at.add(i)));
                    }
                    return array;
                }
                ObjectNode object = nodes.objectNode();
                for (NodeTuple tuple : ((MappingNode) node).getValue()) {
                    if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                        throw LoadFailure.invalid(
                                at,
                                "A key must be text, not a collection (line "
                                        + (tuple.getKeyNode().getStartMark().getLine() + 1) + ")");
                    }
                    if (object.has(key.getValue())) {
                        // The composer does not check this (only constructing Java objects would).
                        throw LoadFailure.invalid(
                                at.add(key.getValue()),
                                "The key " + key.getValue() + " appears"
                                        + " twice (line " + (key.getStartMark().getLine() + 1)
                                        + "); which one counts would"
                                        + " depend on the reader");
                    }
                    object.set(key.getValue(), convert(tuple.getValueNode(), at.add(key.getValue())));
                }
                return object;
            } finally {
                inProgress.remove(node);
            }
        }

        private JsonNode scalar(ScalarNode scalar, Pointer at) {
            String value = scalar.getValue();
            Tag tag = scalar.getTag();
            if (tag.equals(Tag.BOOL)) {
                return nodes.booleanNode(value.toLowerCase(Locale.ROOT).equals("true"));
            }
            if (tag.equals(Tag.NULL)) {
                return nodes.nullNode();
            }
            if (tag.equals(Tag.INT)) {
                return nodes.numberNode(integer(value));
            }
            if (tag.equals(Tag.FLOAT)) {
                String lower = value.toLowerCase(Locale.ROOT);
                if (lower.endsWith("inf") || lower.endsWith("nan")) {
                    throw LoadFailure.invalid(at, "'" + value + "' is not a number JSON can carry");
                }
                return nodes.numberNode(new BigDecimal(value.startsWith("+") ? value.substring(1) : value));
            }
            return nodes.textNode(value);
        }

        private static BigInteger integer(String value) {
            if (value.startsWith("0x")) {
                return new BigInteger(value.substring(2), 16);
            }
            if (value.startsWith("0o")) {
                return new BigInteger(value.substring(2), 8);
            }
            return new BigInteger(value.startsWith("+") ? value.substring(1) : value);
        }
    }
}
