package io.mewscontract.docstospec.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Generates {@code count} pages: {@code count - 3} operation pages (2 to 4 operations each, two examples per
 * operation), {@code _objects.md}, {@code _export-types.md} and a {@code README.md} index, like the real
 * documentation's 77 + 3 pages. Deterministic for a seed. Every few pages use the rarer forms: versioned
 * operations with a deprecation hint, both union forms, invalid example blocks, struck-through rows,
 * not-exhaustive enums, {@code <br/>} and escaped parentheses in cells.
 *
 * <p>{@code java -cp mews-codegen.jar io.mewscontract.docstospec.corpus.SyntheticCorpus DIR [COUNT] [SEED]}
 */
public final class SyntheticCorpus {
    private static final String[] NOUNS = {
        "Widget",
        "Gadget",
        "Sprocket",
        "Flange",
        "Gizmo",
        "Doohickey",
        "Lever",
        "Ratchet",
        "Bracket",
        "Spindle",
        "Grommet",
        "Toggle",
        "Nozzle",
        "Pulley",
        "Hinge",
        "Valve",
        "Rotor",
        "Piston",
        "Gasket",
        "Bolt",
        "Dial",
        "Knob",
        "Pivot",
        "Cog",
        "Latch",
        "Clamp"
    };
    private static final String HEADER = "| Property | Type | Contract | Description |\n| :-- | :-- | :-- | :-- |\n";

    private SyntheticCorpus() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SyntheticCorpus DIR [COUNT] [SEED]");
            System.exit(2);
        }
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 80;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        write(Path.of(args[0]), count, seed);
    }

    /** Writes the pages into {@code dir} (created if needed). */
    public static void write(Path dir, int count, long seed) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, String> page : pages(count, seed).entrySet()) {
            Files.writeString(dir.resolve(page.getKey()), page.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** The pages by file name, in a stable order. */
    public static Map<String, String> pages(int count, long seed) {
        Random random = new Random(seed);
        Map<String, String> pages = new LinkedHashMap<>();
        StringBuilder index = new StringBuilder("# API Operations\n\n| Operation | Description |\n| :-- | :-- |\n");
        for (int i = 0; i < Math.max(1, count - 3); i++) {
            String entity = NOUNS[i % NOUNS.length] + (i >= NOUNS.length ? "V" + (i / NOUNS.length + 1) : "");
            String file = entity.toLowerCase(Locale.ROOT) + "s.md";
            pages.put(file, new OperationPage(entity, i, random).render());
            index.append("| [Get all ")
                    .append(entity.toLowerCase(Locale.ROOT))
                    .append("s](")
                    .append(file)
                    .append(") | Returns ")
                    .append(entity.toLowerCase(Locale.ROOT))
                    .append("s. |\n");
        }
        pages.put("_objects.md", objectsPage());
        pages.put(
                "_export-types.md",
                "# Export types\n\n## Export file\n\n" + HEADER
                        + "| `Url` | string | required | Address of the file. |\n| `SizeInBytes` | integer | required | Size. |\n");
        pages.put("README.md", index.toString());
        return pages;
    }

    private static String objectsPage() {
        return "<!-- AUTOMATICALLY GENERATED, DO NOT MODIFY -->\n# Common objects\n\n"
                + "## Time interval\n\n" + HEADER
                + "| `StartUtc` | string | required | Start of the interval in UTC timezone in ISO 8601 format. |\n"
                + "| `EndUtc` | string | required | End of the interval in UTC timezone in ISO 8601 format. |\n\n"
                + "## Limitation\n\n" + HEADER
                + "| `Count` | integer | required | Maximum number of items returned. |\n"
                + "| `Cursor` | string | optional | Where to continue. |\n\n"
                + "## Amount\n\n" + HEADER
                + "| `Currency` | string | required | ISO-4217 code of the currency. |\n"
                + "| `NetValue` | number | required | Net value without taxes. |\n"
                + "| `GrossValue` | decimal | required | Gross value including all taxes. |\n\n"
                + "### Currency value (ver 2018-06-07)\n\n" + HEADER
                + "| `Currency` | string | required | ISO-4217 code of the currency. |\n"
                + "| `Value` | number | required | Amount in the currency. |\n\n"
                + "#### Currency value (ver 2023-02-02)\n\n" + HEADER
                + "| `Currency` | string | required | ISO-4217 code of the currency. |\n"
                + "| `GrossValue` | number | required | Amount, taxes included. |\n\n"
                + "## Hybrid identifier\n\nEither the unique identifier or a prefixed alternative identifier.\n\n"
                + "## Localized text\n\n" + HEADER + "| `?Key?` | string | optional | Text in the key's language. |\n\n"
                + "## String update value\n\n" + HEADER + "| `Value` | string | optional | The new value. |\n\n"
                + "## Bool update value\n\n" + HEADER + "| `Value` | boolean | optional | The new value. |\n";
    }
}
