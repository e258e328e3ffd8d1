package io.mewscontract.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.junit.jupiter.api.Test;

/**
 * {@link Update} knows no JSON library; the Jackson 2 (de)serializers reach it two ways: named on a record component
 * (as generated records do, so any mapper works) and registered by {@link JsonMappers} (for an update elsewhere).
 */
class UpdateJsonTest {

    /** A generated record's update property, as the generator writes it. */
    record Edit(
            @JsonProperty(value = "Id", required = true) String id,

            @JsonProperty("On")
            @JsonInclude(JsonInclude.Include.NON_EMPTY)
            @JsonSerialize(using = UpdateSerializer.class)
            @JsonDeserialize(using = UpdateDeserializer.class)
            Update<String> on) {
        Edit {
            on = on == null ? Update.unchanged() : on;
        }
    }

    @Test
    void aPlainMapperReadsAndWritesTheThreeIntentionsOfAGeneratedRecord() throws Exception {
        ObjectMapper plain = new ObjectMapper();
        assertThat(plain.writeValueAsString(new Edit("w", Update.set("soon"))))
                .isEqualTo("{\"Id\":\"w\",\"On\":{\"Value\":\"soon\"}}");
        assertThat(plain.writeValueAsString(new Edit("w", Update.clear())))
                .isEqualTo("{\"Id\":\"w\",\"On\":{\"Value\":null}}");
        assertThat(plain.writeValueAsString(new Edit("w", Update.unchanged()))).isEqualTo("{\"Id\":\"w\"}");
        assertThat(plain.readValue("{\"Id\":\"w\",\"On\":{\"Value\":\"soon\"}}", Edit.class)
                        .on())
                .isEqualTo(Update.set("soon"));
        assertThat(plain.readValue("{\"Id\":\"w\",\"On\":{\"Value\":null}}", Edit.class)
                        .on())
                .isEqualTo(Update.clear());
        assertThat(plain.readValue("{\"Id\":\"w\"}", Edit.class).on()).isEqualTo(Update.unchanged());
        assertThat(plain.readValue("{\"Id\":\"w\",\"On\":null}", Edit.class).on())
                .isEqualTo(Update.unchanged());
    }

    @Test
    void theConfiguredMappersHandleAnUpdateOutsideARecord() throws Exception {
        ObjectMapper client = JsonMappers.client();
        assertThat(client.writeValueAsString(Update.set("a"))).isEqualTo("{\"Value\":\"a\"}");
        assertThat(client.writeValueAsString(Update.clear())).isEqualTo("{\"Value\":null}");
        assertThatThrownBy(() -> new ObjectMapper().writeValueAsString(Update.set("a")))
                .as("a negative control: without the binding, Jackson cannot write an Update")
                .hasMessageContaining("No serializer found");
    }
}
