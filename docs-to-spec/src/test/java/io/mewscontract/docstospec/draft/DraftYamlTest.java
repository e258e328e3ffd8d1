package io.mewscontract.docstospec.draft;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.mewscontract.docs.CheckoutLayout;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-written YAML emitter writes what a YAML parser reads back as the same tree. */
class DraftYamlTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void draftsRoundTrip() throws Exception {
        for (List<java.nio.file.Path> pages :
                List.of(List.of(CheckoutLayout.documents()), List.of(Pages.dir("widgets")))) {
            ObjectNode draft = Drafter.draft(pages).openApiWithEvidence();
            assertThat(YAML.readTree(DraftYaml.write(draft))).isEqualTo(draft);
        }
    }

    @Test
    void awkwardStringsAreQuoted() throws Exception {
        ObjectNode node = new ObjectMapper().createObjectNode();
        List<String> awkward = List.of(
                "true",
                "No",
                "null",
                "~",
                "12",
                "1.5",
                "-3",
                "a: b",
                "x #y",
                "trailing ",
                "#/components/schemas/A",
                "'quoted'",
                "\"double\"",
                "tab\there",
                "line\nbreak",
                "",
                "@at",
                "`code`",
                "[list]",
                "{map}",
                "*star",
                "&anchor",
                "!tag",
                "%pct",
                "ünïcode",
                "2025-09-01",
                "back\\slash");
        for (int i = 0; i < awkward.size(); i++) {
            node.put("k" + i, awkward.get(i));
            node.putArray("list" + i).add(awkward.get(i)).addObject().put(awkward.get(i), awkward.get(i));
        }
        node.putObject("empty");
        node.putArray("none");
        JsonNode back = YAML.readTree(DraftYaml.write(node));
        assertThat(back).isEqualTo(node);
    }
}
