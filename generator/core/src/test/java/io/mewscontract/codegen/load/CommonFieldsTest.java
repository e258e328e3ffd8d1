package io.mewscontract.codegen.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mewscontract.codegen.SpecException;
import io.mewscontract.codegen.ir.Property;
import io.mewscontract.codegen.testing.SpecSnippets;
import io.mewscontract.runtime.CommonRequestFields;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loader checks a spec's common request schema against the runtime's one list of common fields
 * ({@link CommonRequestFields#FIELDS}, which the docs-to-spec drafter drafts from too): the spec built here from that
 * list loads, and the same spec with one field's presence flipped is refused naming the field.
 */
class CommonFieldsTest {

    private static final String BASE_COMMON = """
                  required: [ClientToken, AccessToken, Client]
                  properties:
                    ClientToken:
                      type: string
                      format: password
                    AccessToken:
                      type: string
                      format: password
                    Client:
                      type: string
            """;

    @TempDir
    Path directory;

    @Test
    void aCommonSchemaOfTheRuntimesFieldsLoads() throws Exception {
        Path spec = SpecSnippets.write(directory, "all-fields.yaml", BASE_COMMON, commonSchema(null));

        assertThat(new SpecLoader()
                        .load(spec).commonRequest().properties().stream().map(Property::wireName))
                .containsExactlyElementsOf(CommonRequestFields.WIRE_NAMES);
    }

    @Test
    void aFieldRequiredOtherwiseThanTheRuntimeHasItIsRefused() throws Exception {
        for (CommonRequestFields.Field flipped : CommonRequestFields.FIELDS) {
            Path spec = SpecSnippets.write(
                    directory, flipped.wireName() + ".yaml", BASE_COMMON, commonSchema(flipped.wireName()));

            SpecException error = catchThrowableOfType(SpecException.class, () -> new SpecLoader().load(spec));

            assertThat(error).as(flipped.wireName()).isNotNull();
            assertThat(error.getMessage())
                    .contains("/components/schemas/ConnectorRequest/properties/" + flipped.wireName())
                    .contains("as the runtime's CommonRequestFields has it");
        }
    }

    /** The common schema's body from the runtime's list, with {@code flipped}'s presence the other way round. */
    private static String commonSchema(String flipped) {
        String required = CommonRequestFields.FIELDS.stream()
                .filter(field -> field.required() != field.wireName().equals(flipped))
                .map(CommonRequestFields.Field::wireName)
                .collect(Collectors.joining(", "));
        StringBuilder yaml = new StringBuilder("      required: [" + required + "]\n      properties:\n");
        for (CommonRequestFields.Field field : CommonRequestFields.FIELDS) {
            yaml.append("        ").append(field.wireName()).append(":\n          type: string\n");
            if (field.secret()) {
                yaml.append("          format: password\n");
            }
        }
        return yaml.toString();
    }
}
