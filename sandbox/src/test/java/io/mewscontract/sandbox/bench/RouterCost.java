package io.mewscontract.sandbox.bench;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.mewscontract.connector.model.PreauthorizationResult;
import io.mewscontract.connector.server.OperationTable;
import io.mewscontract.connector.server.router.Router;
import io.mewscontract.connector.server.router.RouterRequest;
import io.mewscontract.connector.server.router.RouterResponse;
import io.mewscontract.runtime.JsonMappers;
import io.mewscontract.sandbox.auth.TokenRegistry;
import io.mewscontract.sandbox.seed.DocumentedPreauthorizations;
import io.mewscontract.sandbox.service.SandboxPaymentRequests;
import io.mewscontract.sandbox.service.SandboxPreauthorizations;
import io.mewscontract.sandbox.service.SandboxTime;
import io.mewscontract.sandbox.store.PaymentRequestStore;
import io.mewscontract.sandbox.store.PreauthorizationStore;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The CPU time one {@code getAllByCustomers} request costs the sandbox's router, against the JSON work of
 * {@link BaselineServer}'s handler, in one thread and without HTTP: what run.sh's CPU time per request compares, less
 * the JDK server's own share (the same for both) and less the noise of a shared machine. A guide while tuning the
 * router; run.sh's figures are the measurement.
 *
 * <p>java -cp sandbox/target/mews-sandbox.jar:sandbox/target/test-classes io.mewscontract.sandbox.bench.RouterCost
 * REQUEST_FILE [SECONDS_PER_ROUND] [ROUNDS]
 */
public final class RouterCost {
    private static final String PATH = "/api/connector/v1/preauthorizations/getAllByCustomers";

    public static void main(String[] args) throws Exception {
        byte[] request = Files.readAllBytes(Path.of(args[0]));
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Router router = Router.builder(OperationTable.builder()
                        .preauthorizations(new SandboxPreauthorizations(
                                new PreauthorizationStore(DocumentedPreauthorizations.read())))
                        .paymentRequests(new SandboxPaymentRequests(
                                new PaymentRequestStore(), new SandboxTime(Clock.systemUTC())))
                        .build())
                .authenticator(TokenRegistry.builder().demoTokens().build())
                .build();
        // The headers the load generator sends, as the JDK server hands them over.
        Map<String, List<String>> headers = Map.of(
                "Host", List.of("127.0.0.1:8080"),
                "Content-type", List.of("application/json"),
                "Content-length", List.of(Integer.toString(request.length)));
        RouterResponse first = router.handle(RouterRequest.of("POST", PATH, headers, request));
        if (first.status() != 200) {
            throw new IllegalStateException("The sandbox answered " + first.status() + ": " + first.bodyText());
        }
        ObjectReader reader = JsonMappers.server().readerFor(BaselineServer.Request.class);
        ObjectWriter writer = JsonMappers.server().writerFor(PreauthorizationResult.class);
        PreauthorizationResult result = JsonMappers.client().readValue(first.body(), PreauthorizationResult.class);

        Runnable sandbox = () -> {
            RouterResponse response =
                    router.handle(RouterRequest.of("POST", PATH, headers, new ByteArrayInputStream(request)));
            sink(response.body().length + response.headers().size());
        };
        Runnable baseline = () -> {
            try {
                BaselineServer.Request bound = reader.readValue(new ByteArrayInputStream(request));
                sink(bound.customerIds().size() + writer.writeValueAsBytes(result).length);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        };
        measure(sandbox, 2 * seconds);
        measure(baseline, 2 * seconds);
        for (int round = 1; round <= rounds; round++) {
            double[] routerCost = measure(sandbox, seconds);
            double[] plain = measure(baseline, seconds);
            System.out.printf(
                    "round %d: sandbox router %.1f us, %.0f bytes/request; baseline handler %.1f us, %.0f bytes/request;"
                            + " ratio %.2f CPU, %.2f allocation%n",
                    round,
                    routerCost[0],
                    routerCost[1],
                    plain[0],
                    plain[1],
                    routerCost[0] / plain[0],
                    routerCost[1] / plain[1]);
        }
    }

    private static int sunk;

    private static void sink(int value) {
        sunk += value;
    }

    /** Thread CPU microseconds and bytes allocated per call of {@code work}, run for about {@code seconds}. */
    private static double[] measure(Runnable work, double seconds) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long startCpu = threads.getCurrentThreadCpuTime();
        long startBytes = threads.getCurrentThreadAllocatedBytes();
        long calls = 0;
        while (System.nanoTime() < end) {
            for (int i = 0; i < 100; i++) {
                work.run();
            }
            calls += 100;
        }
        return new double[] {
            (threads.getCurrentThreadCpuTime() - startCpu) / 1e3 / calls,
            (threads.getCurrentThreadAllocatedBytes() - startBytes) / (double) calls
        };
    }
}
