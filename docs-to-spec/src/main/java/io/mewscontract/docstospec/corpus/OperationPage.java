package io.mewscontract.docstospec.corpus;

import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/** One synthetic operation page: getAll (paginated), add, update and delete of one invented entity. */
final class OperationPage {
    private static final String HEADER = "| Property | Type | Contract | Description |\n| :-- | :-- | :-- | :-- |\n";
    private final String entity;
    private final String lower;
    private final String group;
    private final int index;
    private final Random random;
    private final StringBuilder out = new StringBuilder();

    OperationPage(String entity, int index, Random random) {
        this.entity = entity;
        this.lower = entity.toLowerCase(Locale.ROOT);
        this.group = Character.toLowerCase(entity.charAt(0)) + entity.substring(1) + "s";
        this.index = index;
        this.random = random;
    }

    private String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    String render() {
        out.append("<!-- AUTOMATICALLY GENERATED, DO NOT MODIFY -->\n# ")
                .append(entity)
                .append("s\n\n");
        boolean versioned = index % 5 == 0;
        getAll("", versioned);
        if (versioned) {
            getAll("/2023-06-06", false);
        }
        add();
        if (index % 3 == 0) {
            update();
        }
        if (index % 2 == 1) {
            delete();
        }
        objects();
        return out.toString();
    }

    private void getAll(String version, boolean deprecated) {
        out.append("## Get all ")
                .append(lower)
                .append("s")
                .append(version.isEmpty() ? "" : " (ver 2023-06-06)")
                .append("\n\n");
        if (deprecated) {
            out.append("{% hint style=\"warning\" %}\nThis operation is deprecated. Use [Get all ")
                    .append(lower)
                    .append("s (ver 2023-06-06)](#get-all-")
                    .append(lower)
                    .append("s-ver-2023-06-06) instead.\n")
                    .append("{% endhint %}\n\n");
        }
        out.append("Returns all ")
                .append(lower)
                .append("s, newest first.\n\n### Request\n\n`[PlatformAddress]/api/connector/v1/")
                .append(group)
                .append("/getAll")
                .append(version)
                .append("`\n\n```javascript\n{\n")
                .append(SyntheticCorpusText.tokens())
                .append("  \"EnterpriseIds\": [\"")
                .append(uuid())
                .append("\"],\n")
                .append("  \"")
                .append(entity)
                .append("Ids\": [\"")
                .append(uuid())
                .append("\"],\n")
                .append(
                        "  \"UpdatedUtc\": { \"StartUtc\": \"2025-01-01T00:00:00Z\", \"EndUtc\": \"2025-02-01T00:00:00Z\" },\n")
                .append("  \"Limitation\": { \"Count\": 100 }\n}\n```\n\n")
                .append(HEADER)
                .append(SyntheticCorpusText.commonRows())
                .append(
                        "| `EnterpriseIds` | array of string | optional, max 1000 items | Unique identifiers of the enterprises. |\n")
                .append("| `")
                .append(entity)
                .append("Ids` | array of string | optional, max 1000 items | Unique identifiers of the ")
                .append(lower)
                .append("s. |\n")
                .append(
                        "| `UpdatedUtc` | [Time interval](_objects.md#time-interval) | optional, max length 3 months | Interval of the last update. |\n")
                .append(
                        "| `Limitation` | [Limitation](_objects.md#limitation) | required | Limitation on the quantity of data returned. |\n\n")
                .append("### Response\n\n```javascript\n{\n  \"")
                .append(entity)
                .append("s\": [\n");
        for (int i = 0; i < 2; i++) {
            out.append(item(i == 1)).append(i == 0 ? ",\n" : "\n");
        }
        out.append("  ],\n  \"Cursor\": \"")
                .append(uuid())
                .append("\"\n}\n```\n\n")
                .append(HEADER)
                .append("| `")
                .append(entity)
                .append("s` | array of [")
                .append(entity)
                .append("](#")
                .append(lower)
                .append(") | required | The ")
                .append(lower)
                .append("s. |\n")
                .append(
                        "| `Cursor` | string | optional | Unique identifier of the last and hence oldest item returned. |\n\n");
    }

    private String item(boolean sparse) {
        String nulls = sparse ? "null" : "\"Blue\"";
        return "    {\n      \"Id\": \"" + uuid() + "\",\n      \"EnterpriseId\": \"" + uuid() + "\",\n"
                + "      \"Name\": { \"en-GB\": \"" + entity + " " + random.nextInt(1000) + "\" },\n"
                + "      \"State\": \"" + (sparse ? "Inactive" : "Active") + "\",\n"
                + "      \"CreatedUtc\": \"2025-08-01T10:00:00Z\",\n      \"UpdatedUtc\": \"2025-08-02T10:00:00Z\",\n"
                + "      \"StartDate\": " + (sparse ? "null" : "\"2025-09-01\"") + ",\n"
                + "      \"Price\": { \"Currency\": \"EUR\", \"NetValue\": " + (sparse ? "null" : "10.5")
                + ", \"GrossValue\": 12.1 },\n"
                + "      \"Color\": " + nulls + ",\n      \"OwnerId\": \"eid:OWN-" + random.nextInt(100) + "\",\n"
                + "      \"Options\": " + (sparse ? "null" : "{ \"fragile\": \"yes\" }") + ",\n"
                + "      \"Kind\": { \"Discriminator\": \"" + entity + "Plain\", \"Value\": { \"Note\": \"n\" } },\n"
                + (sparse ? "" : "      \"Notes\": \"Handle with care.\",\n")
                + "      \"IsLegacy\": false\n    }";
    }

    private void add() {
        boolean invalid = index % 10 == 3;
        out.append("## Add ")
                .append(lower)
                .append("s\n\nAdds ")
                .append(lower)
                .append("s.\n\n### Request\n\n")
                .append("`[PlatformAddress]/api/connector/v1/")
                .append(group)
                .append("/add`\n\n```javascript\n{\n")
                .append(SyntheticCorpusText.tokens())
                .append("  \"")
                .append(entity)
                .append("s\": [ { \"Name\": { \"en-GB\": \"New\" }, \"Color\": \"Red\" }")
                .append(invalid ? "," : "")
                .append(" ]\n}\n```\n\n")
                .append(HEADER)
                .append(SyntheticCorpusText.commonRows())
                .append("| `")
                .append(entity)
                .append("s` | array of [")
                .append(entity)
                .append(" parameters](#")
                .append(lower)
                .append("-parameters) | required, max 1000 items | The ")
                .append(lower)
                .append("s to add. |\n\n#### ")
                .append(entity)
                .append(" parameters\n\n")
                .append(HEADER)
                .append(
                        "| `Name` | [Localized text](_objects.md#localized-text) | required | Name.<br/>Shown to guests. |\n")
                .append("| `Color` | string | optional, max length 100 characters | Color \\(as named\\). |\n\n")
                .append("### Response\n\n```javascript\n{\n  \"")
                .append(entity)
                .append("s\": [\n")
                .append(item(false))
                .append("\n  ]\n}\n```\n\n")
                .append(HEADER)
                .append("| `")
                .append(entity)
                .append("s` | array of [")
                .append(entity)
                .append("](#")
                .append(lower)
                .append(") | required | The added ")
                .append(lower)
                .append("s. |\n\n");
    }

    private void update() {
        out.append("## Update ")
                .append(lower)
                .append("s\n\n### Request\n\n`[PlatformAddress]/api/connector/v1/")
                .append(group)
                .append("/update`\n\n```javascript\n{\n")
                .append(SyntheticCorpusText.tokens())
                .append("  \"")
                .append(entity)
                .append("Updates\": [ { \"")
                .append(entity)
                .append("Id\": \"")
                .append(uuid())
                .append("\", \"Color\": { \"Value\": \"Green\" }, \"IsLegacy\": null } ]\n}\n```\n\n")
                .append(HEADER)
                .append(SyntheticCorpusText.commonRows())
                .append("| `")
                .append(entity)
                .append("Updates` | array of [")
                .append(entity)
                .append(" update](#")
                .append(lower)
                .append("-update) | required, min 1 item, max 1000 items | Updates. |\n\n#### ")
                .append(entity)
                .append(" update\n\n")
                .append(HEADER)
                .append("| `")
                .append(entity)
                .append("Id` | string | required | Unique identifier of the ")
                .append(lower)
                .append(". |\n")
                .append(
                        "| `Color` | [String update value](_objects.md#string-update-value) | optional | New color. |\n")
                .append(
                        "| `IsLegacy` | [Bool update value](_objects.md#bool-update-value) | optional | Legacy flag. |\n\n")
                .append("### Response\n\n```javascript\n{}\n```\n\n");
    }

    private void delete() {
        out.append("## Delete ")
                .append(lower)
                .append("s\n\n### Request\n\n`[PlatformAddress]/api/connector/v1/")
                .append(group)
                .append("/delete`\n\n```javascript\n{\n")
                .append(SyntheticCorpusText.tokens())
                .append("  \"")
                .append(entity)
                .append("Ids\": [\"")
                .append(uuid())
                .append("\"]\n}\n```\n\n")
                .append(HEADER)
                .append(SyntheticCorpusText.commonRows())
                .append("| `")
                .append(entity)
                .append("Ids` | array of string | required, max 1000 items | Unique identifiers of the ")
                .append(lower)
                .append("s to delete. |\n\n### Response\n\n```javascript\n{}\n```\n\n");
    }

    private void objects() {
        out.append("#### ")
                .append(entity)
                .append("\n\n")
                .append(HEADER)
                .append("| `Id` | string | required | Unique identifier of the ")
                .append(lower)
                .append(". |\n")
                .append("| `EnterpriseId` | string | required | Unique identifier of the enterprise. |\n")
                .append("| `Name` | [Localized text](_objects.md#localized-text) | required | Name. |\n")
                .append("| `State` | [")
                .append(entity)
                .append(" state](#")
                .append(lower)
                .append("-state) | required | State. |\n")
                .append(
                        "| `CreatedUtc` | string | required | Creation date and time in UTC timezone in ISO 8601 format. |\n")
                .append("| `UpdatedUtc` | string | required | Last update in UTC timezone in ISO 8601 format. |\n")
                .append("| `StartDate` | string | optional | Start in ISO 8601 format. |\n")
                .append("| `Price` | [Amount](_objects.md#amount) | required | Price. |\n")
                .append("| `Color` | string | optional, max 100 characters | Color. |\n")
                .append(
                        "| `OwnerId` | string [Hybrid identifier](_objects.md#hybrid-identifier) | required | Owner. |\n")
                .append("| `Options` | Dictionary | optional | Options. |\n")
                .append("| `Kind` | [")
                .append(entity)
                .append(" kind](#")
                .append(lower)
                .append("-kind) | required | Kind. |\n")
                .append("| `Notes` | string | optional | Notes. |\n")
                .append(
                        "| ~~`IsLegacy`~~ | ~~boolean~~ | ~~required~~ | ~~Legacy.~~ **Deprecated!** Use `State` instead. |\n\n")
                .append("#### ")
                .append(entity)
                .append(" state\n\nThe states.\n\n");
        if (index % 3 == 0) {
            out.append("{% hint style=\"info\" %}\n**Note** the list of values is not exhaustive.\n{% endhint %}\n\n");
        }
        out.append("* `Active` - In use.\n* `Inactive` - Not in use.\n* `Retired`\n\n")
                .append("#### ")
                .append(entity)
                .append(" kind\n\n")
                .append(HEADER)
                .append("| `Discriminator` | [")
                .append(entity)
                .append(" kind discriminator](#")
                .append(lower)
                .append("-kind-discriminator) | required | Kind. |\n")
                .append("| `Value` | object | required | Structure of object depends on `Discriminator`. |\n\n")
                .append("#### ")
                .append(entity)
                .append(" kind discriminator\n\n* `")
                .append(entity)
                .append("Plain` - Plain.\n* `")
                .append(entity)
                .append("Fancy` - Fancy.\n\n")
                .append("#### ")
                .append(entity)
                .append(" plain\n\n")
                .append(HEADER)
                .append("| `Note` | string | required | Note. |\n\n")
                .append("#### ")
                .append(entity)
                .append(" fancy\n\n")
                .append(HEADER)
                .append("| `Ribbon` | string | required | Ribbon. |\n");
    }
}
