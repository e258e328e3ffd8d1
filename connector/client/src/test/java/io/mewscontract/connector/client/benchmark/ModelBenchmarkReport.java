package io.mewscontract.connector.client.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Prints {@link ModelBenchmark}'s results (JMH's JSON) as ratios of the {@code plain} floor: read and write
 * throughput (higher is better, target at least 1.0 for {@code generated}) and allocation per operation
 * ({@code gc.alloc.rate.norm}, lower is better, target at most 1.05). Used by {@code model-bench.sh}.
 */
public final class ModelBenchmarkReport {
    private ModelBenchmarkReport() {}

    /** One variant's figures for one benchmark method. */
    record Figures(double score, double error, double bytesPerOp) {}

    public static void main(String[] args) throws IOException {
        System.out.print(report(new ObjectMapper().readTree(Path.of(args[0]).toFile())));
    }

    static String report(JsonNode results) {
        Map<String, Map<String, Figures>> byMethod = new LinkedHashMap<>();
        for (JsonNode result : results) {
            String benchmark = result.get("benchmark").asText();
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            String variant = result.path("params").path("variant").asText();
            JsonNode primary = result.get("primaryMetric");
            JsonNode alloc = result.path("secondaryMetrics").path("gc.alloc.rate.norm");
            byMethod.computeIfAbsent(method, m -> new LinkedHashMap<>())
                    .put(
                            variant,
                            new Figures(
                                    primary.get("score").asDouble(),
                                    primary.get("scoreError").asDouble(),
                                    alloc.path("score").asDouble(Double.NaN)));
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "%-6s %-18s %14s %12s %14s %11s %11s%n",
                "op",
                "variant",
                "ops/s",
                "± error",
                "bytes/op",
                "throughput",
                "alloc"));
        byMethod.forEach((method, variants) -> {
            Figures floor = variants.get("plain");
            variants.forEach((variant, f) -> out.append(String.format(
                    Locale.ROOT,
                    "%-6s %-18s %14.2f %12.2f %14.0f %10.3fx %10.3fx%n",
                    method,
                    variant,
                    f.score(),
                    f.error(),
                    f.bytesPerOp(),
                    floor == null ? Double.NaN : f.score() / floor.score(),
                    floor == null ? Double.NaN : f.bytesPerOp() / floor.bytesPerOp())));
        });
        out.append("ratios: variant / plain (throughput: >= 1.0 is as fast as the floor; alloc: <= 1.05 target)\n");
        return out.toString();
    }
}
