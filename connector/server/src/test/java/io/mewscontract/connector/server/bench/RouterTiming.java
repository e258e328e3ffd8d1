package io.mewscontract.connector.server.bench;

import io.mewscontract.connector.server.adapter.jdk.JdkRouterServer;
import io.mewscontract.connector.server.router.Router;
import io.mewscontract.connector.server.router.RouterRequest;
import io.mewscontract.connector.server.testapi.Bodies;
import io.mewscontract.connector.server.testapi.ScriptedItems;
import io.mewscontract.connector.server.testapi.TestApi;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Prints how fast the router answers, in process and through the JDK adapter over loopback, on the test API of
 * the module's tests. A timing script, not a test: it prints figures and fails on nothing. Run by
 * connector/server/bench/router-timing.sh (profile router-timing of this module).
 */
public final class RouterTiming {
    private static final int ROUNDS = 3;

    public static void main(String[] args) throws Exception {
        ScriptedItems items = new ScriptedItems();
        Router router = Router.of(TestApi.table(items));
        Map<String, List<String>> headers = Map.of("Content-Type", List.of("application/json"));
        Object[][] cases = {
            {"getAll, 200", TestApi.GET_ALL_PATH, Bodies.getAll(10)},
            {"add, 200", TestApi.ADD_PATH, Bodies.addOne()},
            {"Invalid JSON, 400", TestApi.GET_ALL_PATH, "{\"ClientToken\":\"c\",}"},
            {"missing field, 400", TestApi.GET_ALL_PATH, "{" + Bodies.COMMON + "}"},
        };
        for (Object[] c : cases) {
            byte[] body = ((String) c[2]).getBytes(StandardCharsets.UTF_8);
            double perSecond = 0;
            for (int round = 0; round < ROUNDS; round++) { // the last round counts; the others warm up
                int n = 200_000;
                long start = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    router.handle(RouterRequest.of("POST", (String) c[1], headers, body));
                    items.requests.clear(); // the scripted service records every call
                    items.contexts.clear();
                }
                perSecond = n / ((System.nanoTime() - start) / 1e9);
            }
            System.out.printf(
                    "in process, %-20s %,10.0f requests/s  %6.2f us each (1 thread)%n",
                    c[0], perSecond, 1e6 / perSecond);
        }

        try (JdkRouterServer server = JdkRouterServer.start(router, 0)) {
            HttpClient client =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUri() + TestApi.GET_ALL_PATH))
                    .POST(HttpRequest.BodyPublishers.ofString(Bodies.getAll(10)))
                    .build();
            double perSecond = 0;
            for (int round = 0; round < ROUNDS; round++) {
                int n = 5_000;
                long start = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    client.send(request, HttpResponse.BodyHandlers.discarding());
                    items.requests.clear(); // the scripted service records every call
                    items.contexts.clear();
                }
                perSecond = n / ((System.nanoTime() - start) / 1e9);
            }
            System.out.printf(
                    "JDK adapter, getAll over loopback %,8.0f requests/s  %6.0f us each (1 keep-alive"
                            + " connection, sequential; %s=%s)%n",
                    perSecond,
                    1e6 / perSecond,
                    JdkRouterServer.NO_DELAY_PROPERTY,
                    System.getProperty(JdkRouterServer.NO_DELAY_PROPERTY));
        }
    }
}
