package io.mewscontract.codegen.maven.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExecutionStateTest {

    @Test
    void aStateSurvivesItsTextForm() {
        ExecutionState state = new ExecutionState(
                new Fingerprint("ab12"),
                new Fingerprint("cd34"),
                List.of(
                        new OutputFile("com/example/model/A.java", 120, 1_700_000_000_123L),
                        new OutputFile("com/example/with space/B.java", 0, 0)));

        assertThat(ExecutionState.parse(state.toText())).contains(state);
    }

    @Test
    void aStateWithoutInputFingerprintSurvivesToo() {
        ExecutionState state =
                new ExecutionState(new Fingerprint("ab12"), null, List.of(new OutputFile("A.java", 1, 2)));

        assertThat(ExecutionState.parse(state.toText())).contains(state);
    }

    @Test
    void textThisVersionDidNotWriteIsNoState() {
        assertThat(ExecutionState.parse("")).isEmpty();
        assertThat(ExecutionState.parse("mews-codegen state 0\nfingerprint ab\n"))
                .isEmpty();
        assertThat(ExecutionState.parse("mews-codegen state 1\nfile 1 2 A.java\n"))
                .isEmpty();
        assertThat(ExecutionState.parse("mews-codegen state 1\nfingerprint ab\nfile x 2 A.java\n"))
                .isEmpty();
        assertThat(ExecutionState.parse("mews-codegen state 1\nfingerprint ab\nfile 1 2\n"))
                .isEmpty();
    }
}
