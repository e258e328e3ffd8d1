package io.mewscontract.codegen.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mewscontract.codegen.SpecException;
import io.mewscontract.codegen.SpecException.Kind;
import io.mewscontract.codegen.ir.ApiModel;
import io.mewscontract.codegen.ir.EnumType;
import io.mewscontract.codegen.load.SpecLoader;
import io.mewscontract.codegen.testing.ProjectPaths;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A spec is input from outside: one small fixture per hostile input (fixtures/hostile), each refused with the
 * file, the JSON pointer and what is wrong, or read faithfully where a careless reader would be tricked.
 */
class HostileSpecTest {

    static Path fixture(String name) {
        return ProjectPaths.testResource("fixtures/hostile/" + name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            alias-cycle.yaml               | INVALID     | /components/schemas/B/$ref | A reference cycle: A -> B -> A
            list-alias-cycle.yaml          | INVALID     | /components/schemas/Nested/items/$ref | A reference cycle: Nested -> Nested
            remote-reference.yaml          | UNSUPPORTED | /components/schemas/Thing/properties/Remote/$ref | names a URL
            outside-reference.yaml         | UNSUPPORTED | /components/schemas/Thing/properties/Outside/$ref | leads out of the spec's directory
            absolute-reference.yaml        | UNSUPPORTED | /components/schemas/Thing/properties/Absolute/$ref | is an absolute path
            wrong-type-max-length.yaml     | INVALID     | /components/schemas/Thing/properties/Name/maxLength | maxLength must be a non-negative integer, not "ten"
            wrong-type-minimum.yaml        | INVALID     | /components/schemas/Thing/properties/Size/minimum | minimum must be a number, not "five"
            wrong-type-nullable.yaml       | INVALID     | /components/schemas/Thing/properties/Name/nullable | nullable must be true or false, not "yes"
            wrong-type-required.yaml       | INVALID     | /components/schemas/Thing/required | required must be a list of property names
            type-collision.yaml            | INVALID     | /components/schemas/thing | /components/schemas/Thing would both be named Thing
            property-collision.yaml        | INVALID     | /components/schemas/Thing/properties/ID | /components/schemas/Thing/properties/Id would both be named id
            enum-collision.yaml            | INVALID     | /components/schemas/Mode/enum/1 | /components/schemas/Mode/enum/0 would both be named FAST_MODE
            group-collision.yaml           | INVALID     | /paths/~1api~1connector~1v1~1Things~1getAll/post | would both be named Things
            operation-collision.yaml       | INVALID     | /paths/~1api~1connector~1v1~1things~1GetAll/post | would both be named getAll
            recursive-yaml-alias.yaml      | INVALID     | /components/schemas/Recursive/properties/Self | An alias refers to a collection that contains it
            duplicate-key.yaml             | INVALID     | /components/schemas/Thing/properties/Id | The key Id appears twice (line 61)
            billion-laughs.yaml            | INVALID     | /x-laughs | aliases expand it beyond its own size
            ref-with-nullable-sibling.yaml | INVALID     | /components/schemas/Thing/properties/Owner/nullable | nullable beside $ref is ignored
            deprecated-beside-ref.yaml     | INVALID     | /components/schemas/Thing/properties/Owner/deprecated | deprecated beside $ref is ignored in OpenAPI 3.0
            max-length-beside-ref.yaml     | INVALID     | /components/schemas/Thing/properties/Code/maxLength | maxLength beside $ref is ignored in OpenAPI 3.0
            """)
    void refusedWithFileAndPointer(String file, Kind kind, String pointer, String message) {
        Path spec = fixture(file);
        SpecException error = catchThrowableOfType(SpecException.class, () -> new SpecLoader().load(spec));
        assertThat(error).as("loading %s must fail", file).isNotNull();
        assertThat(error.kind()).isEqualTo(kind);
        assertThat(error.file()).isEqualTo(spec);
        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.pointer()).startsWith(pointer);
            assertThat(problem.message()).contains(message);
        });
        assertThat(error.getMessage()).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void yaml11BooleansAndOctalsStayText() throws Exception {
        ApiModel model = new SpecLoader().load(fixture("yes-no-enum.yaml"));
        EnumType answer = (EnumType) model.type("Answer");
        assertThat(answer.values())
                .extracting(EnumType.EnumValue::wireValue)
                .containsExactly("Yes", "No", "On", "Off", "y", "n", "12");
    }

    @Test
    void yaml11BooleansInAReferencedFileStayTextBecauseItIsReadLikeTheSpec() throws Exception {
        // parts/switch.yaml says enum: ['On', Off]; a YAML 1.1 reader (swagger-parser's own) makes Off false.
        ApiModel model = new SpecLoader().load(fixture("yaml11-in-referenced-file.yaml"));
        EnumType answer = (EnumType) model.type("Switch");
        assertThat(answer.values())
                .extracting(EnumType.EnumValue::wireValue)
                .containsExactly("On", "Off", "Yes", "No", "y");
    }

    @Test
    void aRemoteReferenceIsRefusedWithoutAnyConnection(@TempDir Path directory) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String spec = Files.readString(fixture("remote-reference.yaml"))
                    .replace(
                            "https://example.invalid/schemas.yaml",
                            "http://127.0.0.1:" + server.getLocalPort() + "/s.yaml");
            Path file = Files.writeString(directory.resolve("spec.yaml"), spec);
            SpecException error = catchThrowableOfType(SpecException.class, () -> new SpecLoader().load(file));
            assertThat(error.problems().get(0).message()).contains("never over the network");
            server.setSoTimeout(300);
            assertThat(catchThrowableOfType(SocketTimeoutException.class, server::accept))
                    .as("nobody connected")
                    .isNotNull();
        }
    }

    @Test
    void aReferenceThroughASymbolicLinkLeadingOutIsRefused(@TempDir Path directory) throws Exception {
        Path outside = Files.createDirectories(directory.resolve("outside"));
        Files.writeString(outside.resolve("target.yaml"), "Target:\n  type: string\n");
        Path specDirectory = Files.createDirectories(directory.resolve("spec"));
        Files.createSymbolicLink(specDirectory.resolve("link.yaml"), outside.resolve("target.yaml"));
        String spec = Files.readString(fixture("remote-reference.yaml"))
                .replace("https://example.invalid/schemas.yaml#/Remote", "link.yaml#/Target");
        Path file = Files.writeString(specDirectory.resolve("spec.yaml"), spec);

        SpecException error = catchThrowableOfType(SpecException.class, () -> new SpecLoader().load(file));

        assertThat(error.problems().get(0).message()).contains("leads out of the spec's directory");
        // Negative control: the same reference to a file really under the directory loads.
        Files.delete(specDirectory.resolve("link.yaml"));
        Files.copy(outside.resolve("target.yaml"), specDirectory.resolve("link.yaml"));
        ApiModel model = new SpecLoader().load(file);
        assertThat(model.objectType("Thing").property("Remote")).isPresent();
    }

    @Test
    void aSpecOverThreeMegabytesLoads(@TempDir Path directory) throws Exception {
        StringBuilder spec = new StringBuilder(Files.readString(fixture("../errors/valid-base.yaml")));
        String description = "x".repeat(1000);
        for (int i = 0; i < 3500; i++) {
            spec.append("        P")
                    .append(i)
                    .append(":\n          type: string\n          description: '")
                    .append(description)
                    .append("'\n");
        }
        Path file = Files.writeString(directory.resolve("big.yaml"), spec);
        assertThat(Files.size(file)).isGreaterThan(3L * 1024 * 1024);

        ApiModel model = new SpecLoader().load(file);

        assertThat(model.objectType("Thing").properties()).hasSize(3501);
    }

    @Test
    void theGoodTwinOfEveryReferenceFixtureLoads() throws IOException, SpecException {
        // Negative control for the reference checks: a local reference in the same place is fine.
        assertThat(new SpecLoader().load(fixture("../errors/valid-base.yaml")).objectType("Thing"))
                .isNotNull();
    }
}
