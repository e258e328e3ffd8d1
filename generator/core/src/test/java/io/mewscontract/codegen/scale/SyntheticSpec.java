package io.mewscontract.codegen.scale;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Synthetic specs for tests and benchmarks: {@code n} copies of the constructs fixture (a spec using every
 * construct the generator supports), each copy with its own schemas ({@code Widget7}), resource groups
 * ({@code widgets7}) and operations, sharing the one common request schema. One copy has 4 operations and 20
 * schemas; 50 copies (200 operations, 1000 schemas) are about the size of the whole Connector API.
 *
 * <p>JDK only, so a script runs it directly: {@code java SyntheticSpec.java COPIES TEMPLATE OUTPUT}.
 */
public final class SyntheticSpec {
    private SyntheticSpec() {}

    /** The schema every request shares; it is not copied. */
    private static final String COMMON = "ConnectorRequest";

    private static final Pattern SCHEMA_KEY = Pattern.compile("(?m)^    ([A-Za-z][A-Za-z0-9]*):$");

    public static String generate(String template, int copies) {
        int paths = template.indexOf("\npaths:\n");
        int components = template.indexOf("\ncomponents:\n  schemas:\n");
        String header = template.substring(0, paths + 1);
        String pathSection = template.substring(paths + "\npaths:\n".length(), components + 1);
        String schemaSection = template.substring(components + "\ncomponents:\n  schemas:\n".length());
        List<String> names = new ArrayList<>();
        Matcher matcher = SCHEMA_KEY.matcher(schemaSection);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        int commonStart = schemaSection.indexOf("    " + COMMON + ":\n");
        int commonEnd = nextSchema(schemaSection, commonStart);
        String common = schemaSection.substring(commonStart, commonEnd);
        String copiedSchemas = schemaSection.substring(0, commonStart) + schemaSection.substring(commonEnd);

        StringBuilder out = new StringBuilder(header).append("paths:\n");
        for (int copy = 1; copy <= copies; copy++) {
            out.append(rename(pathSection, names, copy));
        }
        out.append("components:\n  schemas:\n").append(common);
        for (int copy = 1; copy <= copies; copy++) {
            out.append(rename(copiedSchemas, names, copy));
        }
        return out.toString();
    }

    private static int nextSchema(String schemas, int from) {
        Matcher next = SCHEMA_KEY.matcher(schemas);
        return next.find(from + 1) ? next.start() : schemas.length();
    }

    /** Copy {@code n}: schema {@code X} becomes {@code Xn}, group {@code g} becomes {@code gn}. */
    private static String rename(String text, List<String> names, int copy) {
        String renamed = text.replaceAll("(/api/connector/v1/[A-Za-z]+)/", "$1" + copy + "/");
        for (String name : names) {
            if (name.equals(COMMON)) {
                continue;
            }
            renamed = renamed.replace("#/components/schemas/" + name + "'", "#/components/schemas/" + name + copy + "'")
                    .replaceAll("(?m)^    " + name + ":$", "    " + name + copy + ":");
        }
        return renamed;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java SyntheticSpec.java COPIES TEMPLATE OUTPUT");
            System.exit(2);
        }
        String template = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
        Files.writeString(Path.of(args[2]), generate(template, Integer.parseInt(args[0])), StandardCharsets.UTF_8);
    }
}
