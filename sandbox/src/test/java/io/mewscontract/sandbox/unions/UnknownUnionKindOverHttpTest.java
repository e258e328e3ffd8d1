package io.mewscontract.sandbox.unions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mewscontract.codegen.CodeGenerator;
import io.mewscontract.codegen.GenerationRequest;
import io.mewscontract.connector.server.adapter.jdk.JdkRouterServer;
import io.mewscontract.connector.server.router.Router;
import io.mewscontract.runtime.ServerOperation;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Strict server, over real HTTP: code generated from a spec with both union forms ({@code oneOf} + discriminator
 * and the {@code x-mews-union} envelope), served by the hand-written router on the JDK server, refuses a kind the
 * spec does not list with {@code 400} in the Mews error shape, naming the field; the same request with a known
 * kind is served (the negative control).
 */
class UnknownUnionKindOverHttpTest {

    private static final String PATH = "/api/connector/v1/gadgets/add";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The service, written against the generated interface: it counts the attachments it was given. */
    private static final String SERVICE = """
            package com.example.gadgets.impl;

            import com.example.gadgets.model.GadgetAddParameters;
            import com.example.gadgets.model.GadgetAddResult;
            import com.example.gadgets.server.GadgetsService;
            import com.example.gadgets.server.OperationTable;
            import io.mewscontract.runtime.RequestContext;
            import io.mewscontract.runtime.ServerOperation;
            import java.util.Map;

            public final class Gadgets implements GadgetsService {
                @Override
                public GadgetAddResult add(GadgetAddParameters request, RequestContext context) {
                    return GadgetAddResult.builder().count(request.attachments().size()).build();
                }

                public static Map<String, ServerOperation<?, ?>> table() {
                    return OperationTable.builder().gadgets(new Gadgets()).build();
                }
            }
            """;

    @TempDir
    static Path temp;

    private static URLClassLoader generated;
    private static JdkRouterServer server;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void serveTheGeneratedServer() throws Exception {
        // The generator's fixture of unions in requests (generator/core UnionRequestsTest reads it in-process).
        Path spec = Path.of(System.getProperty("mews.project.root"))
                .resolve("generator/core/src/test/resources/fixtures/constructs/union-requests.yaml");
        Path sources = temp.resolve("sources");
        new CodeGenerator("test").generate(GenerationRequest.all(spec, sources, "com.example.gadgets"));
        Path service = sources.resolve("com/example/gadgets/impl/Gadgets.java");
        Files.createDirectories(service.getParent());
        Files.writeString(service, SERVICE);
        Path classes = Files.createDirectories(temp.resolve("classes"));
        compile(sources, classes);
        generated = new URLClassLoader(
                new URL[] {classes.toUri().toURL()}, UnknownUnionKindOverHttpTest.class.getClassLoader());
        Map<String, ? extends ServerOperation<?, ?>> table = (Map<String, ? extends ServerOperation<?, ?>>) generated
                .loadClass("com.example.gadgets.impl.Gadgets")
                .getMethod("table")
                .invoke(null);
        server = JdkRouterServer.start(Router.of(table), 0);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (generated != null) {
            generated.close();
        }
    }

    @Test
    void knownKindsOfBothFormsAreServed() throws Exception {
        HttpResponse<String> response = post("\"Attachments\": [{\"Kind\": \"Pdf\", \"Pages\": 3},"
                + " {\"Kind\": \"Image\", \"Width\": 640}],"
                + " \"Content\": {\"Discriminator\": \"Text\", \"Value\": {\"Text\": \"Hello\"}}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("Count").asInt()).isEqualTo(2);
    }

    @Test
    void anUnknownKindInAListIsRefusedNamingTheField() throws Exception {
        HttpResponse<String> response = post(
                "\"Attachments\": [{\"Kind\": \"Pdf\", \"Pages\": 3}," + " {\"Kind\": \"Video\", \"Seconds\": 12}]");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.get("Message").asText())
                .contains("$.Attachments[1]: unknown kind 'Video' of Kind; expected one of Pdf, Image");
        assertThat(error.has("RequestId")).isTrue();
        assertThat(response.headers().firstValue("Request-Id")).isPresent();
    }

    @Test
    void anUnknownKindOfAnEnvelopeIsRefusedNamingTheField() throws Exception {
        HttpResponse<String> response = post("\"Attachments\": [],"
                + " \"Content\": {\"Discriminator\": \"Video\", \"Value\": {\"Url\": \"https://example.com/v\"}}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("Message").asText())
                .contains("$.Content: unknown kind 'Video' of Discriminator; expected one of Text");
    }

    @Test
    void aMissingKindIsRefusedNamingTheField() throws Exception {
        HttpResponse<String> response = post("\"Attachments\": [{\"Pages\": 3}]");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("Message").asText())
                .contains("$.Attachments[0]: Kind is missing; expected one of Pdf, Image");
    }

    private static HttpResponse<String> post(String ownFields) throws Exception {
        String body = "{\"ClientToken\": \"C\", \"AccessToken\": \"A\", \"Client\": \"test 1.0\", " + ownFields + "}";
        return HTTP.send(
                HttpRequest.newBuilder(server.baseUri().resolve(PATH))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void compile(Path sourceRoot, Path classes) throws Exception {
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(sources::add);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
            boolean compiled = javac.getTask(
                            null,
                            files,
                            diagnostics,
                            List.of(
                                    "--release",
                                    "17",
                                    "-proc:none",
                                    "-classpath",
                                    System.getProperty("java.class.path"),
                                    "-d",
                                    classes.toString()),
                            null,
                            files.getJavaFileObjectsFromPaths(sources))
                    .call();
            assertThat(compiled)
                    .as(() -> diagnostics.getDiagnostics().toString())
                    .isTrue();
        }
    }
}
