package io.mewscontract.codegen.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Negative controls for the round-trip comparison: it must see real differences and forgive only the allowed ones. */
class JsonSemanticsTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private java.util.List<String> diff(String expected, String actual) throws Exception {
        return JsonSemantics.differences(mapper.readTree(expected), mapper.readTree(actual));
    }

    @Test
    void forgivesOnlyWhatDesignMdAllows() throws Exception {
        assertThat(diff("{\"A\":10,\"B\":null}", "{\"A\":10.0}")).isEmpty();
        assertThat(diff("{\"Id\":\"8466DFDD-0964-4002-8719-AFA900D0F1BA\"}",
                "{\"Id\":\"8466dfdd-0964-4002-8719-afa900d0f1ba\"}")).isEmpty();
        assertThat(diff("{\"T\":\"2023-02-20T12:00:00.000Z\"}", "{\"T\":\"2023-02-20T12:00:00Z\"}")).isEmpty();
    }

    @Test
    void seesEveryRealDifference() throws Exception {
        assertThat(diff("{\"A\":18.49}", "{\"A\":18.490001}")).containsExactly("$.A: expected 18.49 but was 18.490001");
        assertThat(diff("{\"A\":\"x\"}", "{}")).containsExactly("$.A: expected \"x\" but was null");
        assertThat(diff("{\"A\":[1,2]}", "{\"A\":[1]}")).containsExactly("$.A: expected 2 items but was 1");
        assertThat(diff("{\"S\":\"Pending\"}", "{\"S\":\"pending\"}")).hasSize(1);
        assertThat(diff("{\"T\":\"2023-02-20T12:00:00Z\"}", "{\"T\":\"2023-02-20T12:00:01Z\"}")).hasSize(1);
        assertThat(diff("{\"B\":true}", "{\"B\":\"true\"}")).hasSize(1);
    }
}
