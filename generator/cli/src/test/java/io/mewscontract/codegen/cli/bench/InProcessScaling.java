package io.mewscontract.codegen.cli.bench;

import io.mewscontract.codegen.CodeGenerator;
import io.mewscontract.codegen.GenerationRequest;
import java.nio.file.Path;

/**
 * In-process cost of generation by spec size, without JVM start: renders each spec (load, model, emit; no
 * writing) after warm-up, several times, and prints the median per spec and the ratio to the first spec.
 *
 * <p>{@code java -cp generator/cli/target/mews-codegen.jar generator/bench/InProcessScaling.java ROUNDS SPEC...}
 */
public class InProcessScaling {
    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        CodeGenerator generator = new CodeGenerator("bench");
        double first = 0;
        for (int i = 1; i < args.length; i++) {
            Path spec = Path.of(args[i]);
            GenerationRequest request = GenerationRequest.all(spec, Path.of("unused"), "com.example.bench");
            for (int warm = 0; warm < 3; warm++) {
                generator.render(request);
            }
            long[] times = new long[rounds];
            int files = 0;
            for (int round = 0; round < rounds; round++) {
                long start = System.nanoTime();
                files = generator.render(request).size();
                times[round] = System.nanoTime() - start;
            }
            java.util.Arrays.sort(times);
            double median = times[rounds / 2] / 1e6;
            if (i == 1) {
                first = median;
            }
            System.out.printf(
                    "%-28s %5d files  median %8.1f ms  (%.2fx of the first)%n",
                    spec.getFileName(), files, median, median / first);
        }
    }
}
