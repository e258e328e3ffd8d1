package io.mewscontract.codegen.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import io.mewscontract.codegen.ReferenceScope;
import io.mewscontract.codegen.SpecException;
import io.mewscontract.codegen.ir.ApiModel;
import io.mewscontract.codegen.ir.EnumType;
import io.mewscontract.codegen.load.SpecLoader;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * References to other documents: followed only under the spec's directory unless {@link ReferenceScope#ANYWHERE}
 * is chosen, and every referenced document read like the spec itself (YAML 1.2, no 3 MB limit) and bundled into
 * it, so the OpenAPI parser never reads a file or a URL with its own rules.
 */
class ExternalReferencesTest {

    @TempDir
    Path directory;

    /** The valid base fixture with one more property of {@code Thing}: {@code Extra: {$ref: ref}}. */
    private Path spec(String relativePath, String ref) throws IOException {
        String base = Files.readString(HostileSpecTest.fixture("../errors/valid-base.yaml"));
        Path file = directory.resolve(relativePath);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, base + "        Extra:\n          $ref: '" + ref + "'\n");
    }

    private Path write(String relativePath, String text) throws IOException {
        Path file = directory.resolve(relativePath);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void remoteReferencesAreFetchedOnlyWhenAllowedAndReadLikeTheSpec() throws Exception {
        List<String> requested = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        Map<String, String> documents = Map.of(
                "/schemas/widget.yaml",
                "Widget:\n  type: object\n  properties:\n    Answer:\n" + "      $ref: 'answer.yaml'\n",
                // Unquoted: YAML 1.1 (swagger-parser's reader) would make these booleans.
                "/schemas/answer.yaml",
                "type: string\nx-mews-open-enum: true\nenum: [Yes, No, On, Off]\n");
        server.createContext("/", exchange -> {
            requested.add(exchange.getRequestURI().getPath());
            String body = documents.get(exchange.getRequestURI().getPath());
            byte[] bytes = (body == null ? "" : body).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/schemas/widget.yaml#/Widget";
            Path file = spec("spec.yaml", url);

            SpecException refused = catchThrowableOfType(SpecException.class, () -> new SpecLoader().load(file));
            assertThat(refused.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.pointer()).isEqualTo("/components/schemas/Thing/properties/Extra/$ref");
                assertThat(problem.message()).contains("never over the network");
            });
            assertThat(requested).as("nothing fetched by default").isEmpty();

            ApiModel model = new SpecLoader(ReferenceScope.ANYWHERE).load(file);

            assertThat(model.objectType("Widget").property("Answer")).isPresent();
            assertThat(((EnumType) model.type("answer")).values())
                    .extracting(EnumType.EnumValue::wireValue)
                    .containsExactly("Yes", "No", "On", "Off");
            assertThat(requested)
                    .as("each document fetched once, by us")
                    .containsExactly("/schemas/widget.yaml", "/schemas/answer.yaml");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aRemoteDocumentCannotLeadBackToLocalFiles() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] body = ("Widget:\n  type: object\n  properties:\n    Secret:\n      $ref: '"
                        + directory.resolve("secret.yaml").toUri() + "'\n")
                .getBytes(StandardCharsets.UTF_8);
        write("secret.yaml", "type: string\n");
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            Path file =
                    spec("spec.yaml", "http://127.0.0.1:" + server.getAddress().getPort() + "/w.yaml#/Widget");
            SpecException error =
                    catchThrowableOfType(SpecException.class, () -> new SpecLoader(ReferenceScope.ANYWHERE).load(file));
            assertThat(error.problems().get(0).message())
                    .contains("a remote document may refer only to other http or https documents");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void filesOutsideTheSpecsDirectoryAreReadOnlyWhenAllowed() throws Exception {
        write(
                "shared/common.yaml",
                "components:\n  schemas:\n    Gadget:\n      type: object\n      properties:\n"
                        + "        Name: {type: string, maxLength: 10}\n");
        Path file = spec("api/spec.yaml", "../shared/common.yaml#/components/schemas/Gadget");

        SpecException refused = catchThrowableOfType(SpecException.class, () -> new SpecLoader().load(file));
        assertThat(refused.problems().get(0).message()).contains("leads out of the spec's directory");

        ApiModel model = new SpecLoader(ReferenceScope.ANYWHERE).load(file);
        assertThat(model.objectType("Gadget").property("Name")).isPresent();
    }

    @Test
    void aReferencedFileOverThreeMegabytesLoads() throws Exception {
        StringBuilder big = new StringBuilder("Big:\n  type: object\n  properties:\n");
        String description = "x".repeat(1000);
        for (int i = 0; i < 3500; i++) {
            big.append("    P")
                    .append(i)
                    .append(":\n      type: string\n      description: '")
                    .append(description)
                    .append("'\n");
        }
        Path part = write("parts/big.yaml", big.toString());
        assertThat(Files.size(part)).isGreaterThan(3L * 1024 * 1024);
        Path file = spec("spec.yaml", "parts/big.yaml#/Big");
        // Negative control: the parser's own reading of that file stops at its YAML code-point limit.
        ParseOptions resolve = new ParseOptions();
        resolve.setResolve(true);
        SwaggerParseResult parsedByTheParser = new OpenAPIV3Parser().readLocation(file.toString(), null, resolve);
        assertThat(parsedByTheParser.getMessages())
                .anySatisfy(message -> assertThat(message).contains("exceeds the limit: 3145728 code points"));

        ApiModel model = new SpecLoader().load(file);

        assertThat(model.objectType("Big").properties()).hasSize(3500);
    }

    @Test
    void anErrorInAReferencedSchemaNamesThatFileAndPointer() throws Exception {
        Path part = write(
                "parts/gadget.yaml",
                "Gadget:\n  type: object\n  properties:\n    Name:\n" + "      type: string\n      maxLength: ten\n");
        Path file = spec("spec.yaml", "parts/gadget.yaml#/Gadget");

        SpecException error = catchThrowableOfType(SpecException.class, () -> new SpecLoader().load(file));

        assertThat(error.file()).isEqualTo(part.toRealPath());
        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.pointer()).isEqualTo("/Gadget/properties/Name/maxLength");
            assertThat(problem.message()).contains("maxLength must be a non-negative integer");
        });
    }

    @Test
    void aComponentThatOnlyRefersElsewhereKeepsItsNameAndTwoSchemasMeetingOnANameAreRefused() throws Exception {
        write("parts/one.yaml", "Gadget:\n  type: object\n  properties:\n    Id: {type: string}\n");
        write("parts/two.yaml", "Gadget:\n  type: object\n  properties:\n    Size: {type: integer}\n");
        String base = Files.readString(HostileSpecTest.fixture("../errors/valid-base.yaml"));
        Path renamed = write(
                "renamed.yaml",
                base + "        One:\n          $ref: 'parts/one.yaml#/Gadget'\n"
                        + "        Two:\n          $ref: '#/components/schemas/Gizmo'\n"
                        + "    Gizmo:\n      $ref: 'parts/two.yaml#/Gadget'\n");

        ApiModel model = new SpecLoader().load(renamed);
        assertThat(model.objectType("Gadget").property("Id")).isPresent();
        assertThat(model.objectType("Gizmo").property("Size")).isPresent();

        Path clash = write(
                "clash.yaml",
                base + "        One:\n          $ref: 'parts/one.yaml#/Gadget'\n"
                        + "        Two:\n          $ref: 'parts/two.yaml#/Gadget'\n");
        SpecException error = catchThrowableOfType(SpecException.class, () -> new SpecLoader().load(clash));
        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.pointer()).isEqualTo("/components/schemas/Thing/properties/Two");
            assertThat(problem.message())
                    .contains("would become the schema Gadget, which is already")
                    .contains("one.yaml#/Gadget");
        });
    }

    @Test
    void pathItemsAndSchemasSplitAcrossFilesReferringToEachOtherLoad() throws Exception {
        String base = Files.readString(HostileSpecTest.fixture("../errors/valid-base.yaml"));
        int paths = base.indexOf("paths:\n");
        int components = base.indexOf("components:\n");
        String pathItem = base.substring(paths + "paths:\n".length(), components)
                .replace("'#/components/schemas/", "'../spec.yaml#/components/schemas/");
        String[] lines = pathItem.split("\n", 2);
        write("paths/things.yaml", lines[1].replaceAll("(?m)^    ", ""));
        write("parts/a.yaml", "A:\n  type: object\n  properties:\n    B: {$ref: 'b.yaml#/B'}\n");
        write("parts/b.yaml", "B:\n  type: object\n  properties:\n    A: {$ref: 'a.yaml#/A'}\n");
        Path file = Files.writeString(
                directory.resolve("spec.yaml"),
                base.substring(0, paths) + "paths:\n"
                        + lines[0] + "\n    $ref: 'paths/things.yaml'\n" + base.substring(components)
                        + "        Extra:\n          $ref: 'parts/a.yaml#/A'\n");

        ApiModel model = new SpecLoader().load(file);

        assertThat(model.operations().count()).isEqualTo(1);
        assertThat(model.objectType("A").property("B")).isPresent();
        assertThat(model.objectType("B").property("A")).isPresent();
    }
}
