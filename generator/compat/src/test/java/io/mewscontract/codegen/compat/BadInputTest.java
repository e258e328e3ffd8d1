package io.mewscontract.codegen.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Specs that cannot be compared: one clear message each, naming the spec. */
class BadInputTest {

    @TempDir
    Path directory;

    @Test
    void specsOfDifferentApisAreRefused() throws Exception {
        Path widgets = write("widgets.yaml", SpecPair.BASE);
        Path gadgets =
                write("gadgets.yaml", SpecPair.BASE.replace("Widget", "Gadget").replace("widget", "gadget"));

        assertThatThrownBy(() -> new CompatChecker().compare(CompatRequest.of(widgets, gadgets)))
                .isInstanceOf(CompatException.class)
                .hasMessageContaining("The specs describe different APIs")
                .hasMessageContaining("'Widgets API'")
                .hasMessageContaining("'Gadgets API'")
                .hasMessageContaining("share no operation path and no schema");
    }

    @Test
    void aRetitledSpecIsAnotherApi() throws Exception {
        Path widgets = write("widgets.yaml", SpecPair.BASE);
        Path renamed = write("renamed.yaml", SpecPair.BASE.replace("title: Widgets API", "title: Sprockets API"));

        assertThatThrownBy(() -> new CompatChecker().compare(CompatRequest.of(widgets, renamed)))
                .isInstanceOf(CompatException.class)
                .hasMessageContaining("different APIs")
                .hasMessageNotContaining("share no operation");
    }

    @Test
    void aMissingOldSpecIsNamed() throws Exception {
        Path widgets = write("widgets.yaml", SpecPair.BASE);
        Path missing = directory.resolve("nowhere.yaml");

        assertThatThrownBy(() -> new CompatChecker().compare(CompatRequest.of(missing, widgets)))
                .isInstanceOf(CompatException.class)
                .hasMessage("The old spec " + missing + " does not exist");
    }

    @Test
    void aSpecTheGeneratorRefusesIsNamedWithItsPointer() throws Exception {
        Path widgets = write("widgets.yaml", SpecPair.BASE);
        Path refused = write(
                "refused.yaml",
                SpecPair.BASE.replace(
                        "        Size:\n          type: integer\n          format: int32\n          nullable: true\n",
                        "        Size:\n          oneOf:\n            - type: integer\n            - type: string\n"));

        assertThatThrownBy(() -> new CompatChecker().compare(CompatRequest.of(widgets, refused)))
                .isInstanceOf(CompatException.class)
                .hasMessageStartingWith("The new spec " + refused + " uses a construct the generator does not support")
                .hasMessageContaining(refused + "#/components/schemas/Widget/properties/Size");
    }

    @Test
    void theSameSpecHasNoChangesAndNeedsNoBump() throws Exception {
        Path widgets = write("widgets.yaml", SpecPair.BASE);
        Path copy = write("copy.yaml", SpecPair.BASE);

        CompatReport report = new CompatChecker().compare(CompatRequest.of(widgets, copy));

        assertThat(report.changes()).isEmpty();
        assertThat(report.javaFindings()).as("japicmp: identical jars").isEmpty();
        assertThat(report.standard().result()).isEqualTo("no_changes");
        assertThat(report.bump()).isEqualTo(Bump.NONE);
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files).as("the comparison writes nothing").hasSize(2);
        }
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(directory.resolve(name), text, StandardCharsets.UTF_8);
    }
}
