package io.mewscontract.conformance.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The round-trip comparison must see real differences and forgive only what DESIGN.md allows. */
class SemanticJsonTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private List<String> diff(String expected, String actual) throws Exception {
        return SemanticJson.differences(mapper.readTree(expected), mapper.readTree(actual));
    }

    @Test
    void forgivesOnlyWhatDesignMdAllows() throws Exception {
        assertThat(diff("{\"A\":10,\"B\":null}", "{\"A\":10.0}")).isEmpty();
        assertThat(diff("{\"A\":1E1}", "{\"A\":10}")).isEmpty();
        assertThat(diff(
                        "{\"Id\":\"8466DFDD-0964-4002-8719-AFA900D0F1BA\"}",
                        "{\"Id\":\"8466dfdd-0964-4002-8719-afa900d0f1ba\"}"))
                .isEmpty();
        assertThat(diff("{\"T\":\"2023-02-20T12:00:00.000Z\"}", "{\"T\":\"2023-02-20T12:00:00Z\"}"))
                .isEmpty();
        assertThat(diff("{\"T\":\"2023-02-20T13:00:00+01:00\"}", "{\"T\":\"2023-02-20T12:00:00Z\"}"))
                .isEmpty();
        assertThat(diff("{\"B\":1,\"A\":2}", "{\"A\":2,\"B\":1}"))
                .as("property order")
                .isEmpty();
        assertThat(SemanticJson.equal(mapper.readTree("{\"A\":null}"), mapper.readTree("{}")))
                .isTrue();
    }

    @Test
    void seesEveryRealDifference() throws Exception {
        assertThat(diff("{\"A\":18.49}", "{\"A\":18.490001}")).containsExactly("$.A: expected 18.49 but was 18.490001");
        assertThat(diff("{\"A\":\"x\"}", "{}")).containsExactly("$.A: expected \"x\" but was absent");
        assertThat(diff("{}", "{\"A\":\"x\"}")).containsExactly("$.A: expected absent but was \"x\"");
        assertThat(diff("{\"A\":[1,2]}", "{\"A\":[1]}")).containsExactly("$.A: expected 2 items but was 1");
        assertThat(diff("{\"A\":[1,2]}", "{\"A\":[2,1]}")).as("array order").hasSize(2);
        assertThat(diff("{\"S\":\"Pending\"}", "{\"S\":\"pending\"}")).hasSize(1);
        assertThat(diff("{\"T\":\"2023-02-20T12:00:00Z\"}", "{\"T\":\"2023-02-20T12:00:01Z\"}"))
                .hasSize(1);
        assertThat(diff("{\"B\":true}", "{\"B\":\"true\"}")).hasSize(1);
        assertThat(diff("{\"N\":10}", "{\"N\":\"10\"}"))
                .as("a number is not its text")
                .hasSize(1);
        assertThat(diff("{\"O\":{\"X\":1}}", "{\"O\":{\"X\":2}}")).containsExactly("$.O.X: expected 1 but was 2");
        assertThat(diff("{\"L\":[{\"X\":1}]}", "{\"L\":[{\"X\":null}]}"))
                .containsExactly("$.L[0].X: expected 1 but was null");
    }

    @Test
    void caseIsForgivenOnlyForWholeUuidsAndInstantsOnlyForDateTimes() throws Exception {
        assertThat(diff("{\"C\":\"ABCDEF\"}", "{\"C\":\"abcdef\"}"))
                .as("hex that is not a uuid")
                .hasSize(1);
        assertThat(diff(
                        "{\"C\":\"8466DFDD-0964-4002-8719-AFA900D0F1BA-x\"}",
                        "{\"C\":\"8466dfdd-0964-4002-8719-afa900d0f1ba-x\"}"))
                .as("a uuid inside a longer string")
                .hasSize(1);
        assertThat(diff("{\"D\":\"2023-02-20\"}", "{\"D\":\"2023-02-20T00:00:00Z\"}"))
                .as("a date is not a date-time")
                .hasSize(1);
    }
}
