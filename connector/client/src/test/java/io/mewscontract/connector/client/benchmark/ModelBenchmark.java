package io.mewscontract.connector.client.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mewscontract.connector.model.PaymentRequestPage;
import io.mewscontract.runtime.JsonMappers;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the generated model costs against the floor: reading and writing a {@code paymentRequests/getAll} page of
 * 1,000 payment requests ({@link PaymentRequestPageData}) with
 * <ul>
 *   <li>{@code generated}: the generated records ({@link PaymentRequestPage}) and the client's mapper
 *       ({@link JsonMappers#client()}), as the client reads a response;
 *   <li>{@code plain}: hand-written plain records and a plain {@link ObjectMapper} ({@link PlainPaymentRequests});
 *   <li>{@code openapi-generator}: OpenAPI Generator's models (java, native, jackson) with its {@code ApiClient}'s
 *       mapper, generated and compiled by {@code connector/client/bench/model-bench.sh} and loaded by name, so that
 *       this class compiles in every build without them.
 * </ul>
 * Setup reads the page with the variant, writes it back and checks the result carries the same data as the input
 * (numbers by value, instants by instant), so no variant wins by reading less.
 *
 * <p>Run with {@code connector/client/bench/model-bench.sh}, which prints throughput and allocation per operation
 * ({@code -prof gc}) of each variant as a ratio of {@code plain}; not a test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// A page takes milliseconds: 16 s of warm-up lets C2 settle even on a loaded machine; about 6 minutes in all.
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ModelBenchmark {
    /** The page size the issue asks for. */
    static final int ITEMS = 1_000;

    static final String OAG_PAGE = "org.openapitools.client.model.PaymentRequestPage";
    static final String OAG_API_CLIENT = "org.openapitools.client.ApiClient";

    @Param({"generated", "plain", "openapi-generator"})
    public String variant = "generated";

    private byte[] json = new byte[0];
    private ObjectMapper mapper = new ObjectMapper();
    private Class<?> pageType = Object.class;
    private Object page = new Object();

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        json = PaymentRequestPageData.page(ITEMS);
        switch (variant) {
            case "generated" -> {
                mapper = JsonMappers.client();
                pageType = PaymentRequestPage.class;
            }
            case "plain" -> {
                mapper = PlainPaymentRequests.mapper();
                pageType = PlainPaymentRequests.Page.class;
            }
            case "openapi-generator" -> {
                try {
                    pageType = Class.forName(OAG_PAGE);
                    mapper = (ObjectMapper) Class.forName(OAG_API_CLIENT)
                            .getMethod("createDefaultObjectMapper")
                            .invoke(null);
                } catch (ClassNotFoundException missing) {
                    throw new IllegalStateException(
                            "OpenAPI Generator's models are not on the class path: run "
                                    + "connector/client/bench/model-bench.sh, or pass -p variant=generated,plain",
                            missing);
                }
            }
            default -> throw new IllegalArgumentException("unknown variant " + variant);
        }
        page = read();
        JsonNode written = mapper.readTree(write());
        if (!PaymentRequestPageData.sameData(mapper.readTree(json), written)) {
            throw new IllegalStateException(variant + " does not read and write back the same data");
        }
    }

    /** Bytes to the page's records, as a client reads a response. */
    @Benchmark
    public Object read() throws IOException {
        return mapper.readValue(json, pageType);
    }

    /** The page's records to bytes, as a request body or a server's response is written. */
    @Benchmark
    public byte[] write() throws IOException {
        return mapper.writeValueAsBytes(page);
    }
}
