package io.mewscontract.docstospec.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.docstospec.draft.Drafter;
import io.mewscontract.docstospec.facts.OpenApiFiles;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drift end to end over a page of our own (invented Sprockets, markdown rendering): the curated spec is the draft
 * of the page as it was; each variant edits the page the way Mews edits its docs and must produce exactly its
 * findings and no others.
 */
class DriftVariantsTest {
    private static final String STATE = "#### Sprocket state\n\n";

    @TempDir
    Path dir;

    private Path baseline;
    private Path spec;
    private String page;

    @BeforeEach
    void curateTheSpecFromThePageAsItWas() throws IOException, URISyntaxException {
        Path original = Path.of(Objects.requireNonNull(getClass().getResource("/drift/sprockets/sprockets.md"))
                .toURI());
        page = Files.readString(original, StandardCharsets.UTF_8);
        baseline = Files.createDirectories(dir.resolve("baseline"));
        Files.writeString(baseline.resolve("sprockets.md"), page);
        spec = Files.writeString(
                dir.resolve("sprockets.yaml"),
                OpenApiFiles.yaml(Drafter.draft(List.of(baseline)).openApi()));
    }

    private List<DriftFinding> drift(UnaryOperator<String> edit) throws Exception {
        String edited = edit.apply(page);
        assertThat(edited).as("the edit applies").isNotEqualTo(page);
        Path now = Files.createDirectories(dir.resolve("now"));
        Files.writeString(now.resolve("sprockets.md"), edited);
        return DriftRun.run(
                        new DriftRun.Request(spec, null, List.of(now), List.of(baseline)), DocsPagesDrafter.INSTANCE)
                .findings();
    }

    private static String kindAndElement(DriftFinding f) {
        return f.kind() + " " + f.element();
    }

    @Test
    void thePageAsItWasHasNoDrift() throws Exception {
        assertThat(drift(p -> p + "\n")).isEmpty();
    }

    @Test
    void aSpecWrittenByDraftWithItsEvidenceHasNoDriftWhenEveryLineMoves() throws Exception {
        // `draft` writes each decision's evidence (rule, page, line) into the spec; lines move with any edit above.
        spec = Files.writeString(
                dir.resolve("sprockets-with-evidence.yaml"),
                OpenApiFiles.yaml(Drafter.draft(List.of(baseline)).openApiWithEvidence()));
        assertThat(Files.readString(spec)).contains("x-mews-evidence", "@ sprockets.md:");

        assertThat(drift(p -> p.replaceFirst("\n", "\n\nAn introduction the page gained.\n\n")))
                .isEmpty();
        assertThat(drift(p -> p.replace(
                        "* `Worn` - Due for replacement.\n",
                        "* `Worn` - Due for replacement.\n* `Recycled` - Melted down.\n")))
                .as("negative control: a real change still shows")
                .extracting(DriftVariantsTest::kindAndElement)
                .containsExactly("NEW_ENUM_VALUE SprocketState");
    }

    @Test
    void aNewEnumValue() throws Exception {
        List<DriftFinding> findings = drift(p -> p.replace(
                "* `Worn` - Due for replacement.\n", "* `Worn` - Due for replacement.\n* `Recycled` - Melted down.\n"));

        assertThat(findings)
                .extracting(DriftVariantsTest::kindAndElement)
                .containsExactly("NEW_ENUM_VALUE SprocketState");
        assertThat(findings.get(0).breaking()).isFalse();
        assertThat(findings.get(0).documentLines()).isNotEmpty().allMatch(l -> l.startsWith("sprockets.md:"));
    }

    @Test
    void aNewOptionalProperty() throws Exception {
        List<DriftFinding> findings =
                drift(p -> p.replace("| `Notes` |", "| `Colour` | string | optional | Paint colour. |\n| `Notes` |"));

        assertThat(findings)
                .extracting(DriftVariantsTest::kindAndElement)
                .containsExactly("NEW_PROPERTY Sprocket.Colour");
        assertThat(findings.get(0).breaking()).isFalse();
        assertThat(findings.get(0).documentLines()).singleElement().isEqualTo("sprockets.md:56");
    }

    @Test
    void aRequiredPropertyThatBecameOptional() throws Exception {
        List<DriftFinding> findings =
                drift(p -> p.replace("| `Teeth` | integer | required |", "| `Teeth` | integer | optional |"));

        assertThat(findings).extracting(DriftVariantsTest::kindAndElement).containsExactly("PRESENCE Sprocket.Teeth");
        assertThat(findings.get(0).breaking())
                .as("responses without it break generated records")
                .isTrue();
    }

    @Test
    void aPropertyThatBecameNullable() throws Exception {
        List<DriftFinding> findings = drift(p -> p.replace("\"Label\": \"Left rear\"", "\"Label\": null"));

        assertThat(findings)
                .extracting(DriftVariantsTest::kindAndElement)
                .containsExactly("NULLABILITY Sprocket.Label");
        assertThat(findings.get(0).breaking()).isTrue();
    }

    @Test
    void aNewCrossPropertyRule() throws Exception {
        List<DriftFinding> findings =
                drift(p -> p.replace("| Workshop notes. |", "| Workshop notes. Required together with `Label`. |"));

        assertThat(findings)
                .extracting(DriftVariantsTest::kindAndElement)
                .containsExactlyInAnyOrder("CONSTRAINT Sprocket", "DESCRIPTION_ONLY Sprocket.Notes");
        assertThat(findings)
                .filteredOn(f -> f.kind() == DriftKind.CONSTRAINT)
                .singleElement()
                .satisfies(f -> assertThat(f.pages()).contains("Notes", "Label"));
    }

    @Test
    void aRemovedProperty() throws Exception {
        List<DriftFinding> findings = drift(p -> p.replace("      \"Notes\": \"Oiled.\",\n", "")
                .replace("| `Notes` | string | optional, max length 500 characters | Workshop notes. |\n", ""));

        assertThat(findings)
                .extracting(DriftVariantsTest::kindAndElement)
                .containsExactly("REMOVED_PROPERTY Sprocket.Notes");
        assertThat(findings.get(0).breaking())
                .as("optional in the spec: code handles its absence")
                .isFalse();
    }

    @Test
    void aNewOperation() throws Exception {
        List<DriftFinding> findings = drift(p -> p.replace("#### Sprocket state", """
                ## Retire sprockets

                Retires the given sprockets.

                ### Request

                `[PlatformAddress]/api/connector/v1/sprockets/retire`

                ```javascript
                {
                  "ClientToken": "C0FFEE00000000000000000000000000-0000000000000000000000000000000",
                  "AccessToken": "BEEF0000000000000000000000000000-0000000000000000000000000000000",
                  "Client": "Sample Client 1.0.0",
                  "SprocketIds": [ "1a2b3c4d-0000-4000-8000-00000000a001" ]
                }
                ```

                | Property | Type | Contract | Description |
                | :-- | :-- | :-- | :-- |
                | `ClientToken` | string | required | Token identifying the client application. |
                | `AccessToken` | string | required | Access token of the client application. |
                | `Client` | string | required | Name and version of the client application. |
                | `SprocketIds` | array of string | required, max 100 items | Unique identifiers of the sprockets. |

                ### Response

                ```javascript
                {}
                ```

                #### Sprocket state"""));

        assertThat(findings)
                .filteredOn(f -> f.kind() == DriftKind.NEW_OPERATION)
                .extracting(DriftFinding::element)
                .containsExactly("POST /api/connector/v1/sprockets/retire");
        assertThat(findings).allSatisfy(f -> assertThat(f.kind()).isIn(DriftKind.NEW_OPERATION, DriftKind.NEW_SCHEMA));
        assertThat(findings).allSatisfy(f -> assertThat(f.breaking()).isFalse());
    }

    @Test
    void aNewDeprecation() throws Exception {
        List<DriftFinding> findings = drift(p -> p.replace(
                "| `Notes` | string | optional, max length 500 characters | Workshop notes. |",
                "| ~~`Notes`~~ | ~~string~~ | ~~optional, max length 500 characters~~ | ~~Workshop notes.~~"
                        + " **Deprecated!** Use `Label` instead. |"));

        assertThat(findings)
                .extracting(DriftVariantsTest::kindAndElement)
                .containsExactly("DEPRECATION Sprocket.Notes");
        assertThat(findings.get(0).breaking()).isFalse();
    }

    @Test
    void aChangedLimit() throws Exception {
        List<DriftFinding> findings =
                drift(p -> p.replace("required, max length 40 characters", "required, max length 30 characters"));

        assertThat(findings).extracting(DriftVariantsTest::kindAndElement).containsExactly("CONSTRAINT Sprocket.Label");
        assertThat(findings.get(0).pages()).isEqualTo("maxLength: 30");
        assertThat(findings.get(0).spec()).isEqualTo("maxLength: 40");
        assertThat(findings.get(0).breaking())
                .as("a response limit: clients do not validate responses")
                .isFalse();
    }

    @Test
    void aDescriptionOnlyEdit() throws Exception {
        List<DriftFinding> findings = drift(p -> p.replace("| Number of teeth. |", "| Number of teeth on the rim. |"));

        assertThat(findings)
                .extracting(DriftVariantsTest::kindAndElement)
                .containsExactly("DESCRIPTION_ONLY Sprocket.Teeth");
        assertThat(findings.get(0).breaking()).isFalse();
    }

    @Test
    void rewordingSpacingAndLineEndingsAreNoDrift() throws Exception {
        assertThat(drift(p -> p.replace("| Number of teeth. |", "|   number of teeth   |")
                        .replace("\n", "\r\n")))
                .isEmpty();
    }
}
