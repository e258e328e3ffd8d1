package io.mewscontract.docstospec.draft;

import static io.mewscontract.docstospec.draft.Pages.schema;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mewscontract.runtime.CommonRequestFields;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rule CommonRequestFields drafts the runtime's one list of common fields ({@link CommonRequestFields#FIELDS}, which
 * the generator checks specs against too): its names in its order, required and secret as it says, and its fields
 * that go together. The expectations come from that list, so a field added to it must reach the draft.
 */
class CommonRequestFieldsRuleTest {

    @Test
    void connectorRequestHoldsExactlyTheRuntimesCommonFields() {
        JsonNode common = schema(Drafter.draft(List.of(Pages.dir("widgets"))), "ConnectorRequest");

        List<String> names = new ArrayList<>();
        common.path("properties").properties().forEach(entry -> names.add(entry.getKey()));
        assertThat(names).isEqualTo(CommonRequestFields.WIRE_NAMES);
        List<String> required = new ArrayList<>();
        common.path("required").forEach(name -> required.add(name.asText()));
        for (CommonRequestFields.Field field : CommonRequestFields.FIELDS) {
            JsonNode property = common.path("properties").path(field.wireName());
            assertThat(required.contains(field.wireName()))
                    .as("%s required", field.wireName())
                    .isEqualTo(field.required());
            assertThat(property.path("format").asText().equals("password"))
                    .as("%s secret", field.wireName())
                    .isEqualTo(field.secret());
        }
        List<String> together = new ArrayList<>();
        common.path("x-mews-required-together").forEach(name -> together.add(name.asText()));
        assertThat(together).isEqualTo(CommonRequestFields.REQUIRED_TOGETHER);
    }
}
