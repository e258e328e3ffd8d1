package io.mewscontract.sandbox.newgroup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mewscontract.codegen.CodeGenerator;
import io.mewscontract.codegen.GenerationRequest;
import io.mewscontract.sandbox.auth.DemoTokens;
import io.mewscontract.sandbox.auth.TokenPair;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adding a resource group to the spec needs no hand edit anywhere: a copy of the spec gains a {@code gadgets}
 * group, the generator builds model, client and server from it, and the hand-written client, server and sandbox
 * sources compile unchanged against the result. The rebuilt sandbox then serves the old groups as before and
 * answers {@code 501} for the new one (it has no service for it), the rebuilt client offers {@code gadgets()},
 * and the operation catalog (what the conformance suite walks) lists the new operation.
 */
class NewResourceGroupBuildTest {

    private static final String GADGETS_PATH = "/api/connector/v1/gadgets/getAll";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path temp;

    private static URLClassLoader rebuilt;

    @BeforeAll
    static void buildEverythingFromASpecWithOneMoreGroup() throws Exception {
        Path root = Path.of(System.getProperty("mews.project.root"));
        Path spec = temp.resolve("spec/mews-connector-api.yaml");
        Files.createDirectories(spec.getParent());
        Files.writeString(spec, SpecWithGadgets.from(Files.readString(root.resolve("spec/mews-connector-api.yaml"))));

        Path generated = temp.resolve("generated");
        new CodeGenerator("test").generate(GenerationRequest.all(spec, generated, "io.mewscontract.connector"));

        List<Path> sources = new ArrayList<>();
        for (Path sourceRoot : List.of(
                generated,
                root.resolve("connector/client/src/main/java"),
                root.resolve("connector/server/src/main/java"),
                root.resolve("sandbox/src/main/java"))) {
            try (Stream<Path> files = Files.walk(sourceRoot)) {
                files.filter(file -> file.toString().endsWith(".java")).forEach(sources::add);
            }
        }
        Path classes = temp.resolve("classes");
        Files.createDirectories(classes);
        List<String> classpath = dependenciesOnly();
        compile(sources, classpath, classes);
        copyResources(root.resolve("sandbox/target/classes"), classes);

        List<URL> urls = new ArrayList<>();
        urls.add(classes.toUri().toURL());
        for (String entry : classpath) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        rebuilt = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    @Test
    void theRebuiltCatalogAndClientFollowTheSpec() throws Exception {
        Class<?> catalog = rebuilt.loadClass("io.mewscontract.connector.operation.ConnectorOperations");
        List<?> all = (List<?>) catalog.getField("ALL").get(null);
        List<String> paths = new ArrayList<>();
        for (Object descriptor : all) {
            paths.add((String) descriptor.getClass().getMethod("path").invoke(descriptor));
        }
        assertThat(paths).contains(GADGETS_PATH, "/api/connector/v1/paymentRequests/getAll");

        Method gadgets = rebuilt.loadClass("io.mewscontract.connector.client.MewsConnectorClient")
                .getMethod("gadgets");
        assertThat(gadgets.getReturnType().getName()).isEqualTo("io.mewscontract.connector.client.GadgetsClient");
    }

    @Test
    void theRebuiltSandboxServesTheOldGroupsAndAnswers501ForTheNewOne() throws Exception {
        Class<?> sandboxType = rebuilt.loadClass("io.mewscontract.sandbox.Sandbox");
        Object builder = sandboxType.getMethod("builder").invoke(null);
        try (AutoCloseable sandbox =
                (AutoCloseable) builder.getClass().getMethod("start").invoke(builder)) {
            URI base = (URI) sandboxType.getMethod("baseUri").invoke(sandbox);

            HttpResponse<String> gadgets = post(base, GADGETS_PATH, "{}");
            assertThat(gadgets.statusCode()).isEqualTo(501);
            JsonNode error = new ObjectMapper().readTree(gadgets.body());
            assertThat(error.get("Message").asText()).contains("gadgets/getAll");
            assertThat(gadgets.headers().firstValue("Request-Id")).isPresent();

            HttpResponse<String> preauthorizations = post(
                    base,
                    "/api/connector/v1/preauthorizations/getAllByCustomers",
                    "\"CustomerIds\": [\"" + java.util.UUID.randomUUID() + "\"]");
            assertThat(preauthorizations.statusCode())
                    .as(preauthorizations.body())
                    .isEqualTo(200);
        }
    }

    private static HttpResponse<String> post(URI base, String path, String ownFields) throws Exception {
        TokenPair tokens = DemoTokens.PAIRS.get(0);
        String body = "{\"ClientToken\":\"" + tokens.clientToken() + "\",\"AccessToken\":\"" + tokens.accessToken()
                + "\",\"Client\":\"test 1.0\"" + (ownFields.equals("{}") ? "" : "," + ownFields) + "}";
        return HTTP.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** This test's classpath without the project's own generated and hand-written classes, which are rebuilt. */
    private static List<String> dependenciesOnly() {
        List<String> kept = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String normalized = entry.replace('\\', '/').toLowerCase(Locale.ROOT);
            boolean rebuiltHere = Stream.of(
                            "connector/model/",
                            "connector/client/",
                            "connector/server/",
                            "sandbox/target/",
                            "mews-connector-model",
                            "mews-connector-client",
                            "mews-connector-server",
                            "mews-sandbox")
                    .anyMatch(normalized::contains);
            if (!rebuiltHere) {
                kept.add(entry);
            }
        }
        return kept;
    }

    /** The sandbox's resources (the documents it seeds from), which it reads beside its own classes. */
    private static void copyResources(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            List<Path> resources = files.filter(Files::isRegularFile)
                    .filter(file -> !file.toString().endsWith(".class"))
                    .toList();
            for (Path file : resources) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    private static void compile(List<Path> sources, List<String> classpath, Path classes) throws IOException {
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
                                    String.join(File.pathSeparator, classpath),
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
