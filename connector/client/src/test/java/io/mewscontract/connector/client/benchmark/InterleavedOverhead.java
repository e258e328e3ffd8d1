package io.mewscontract.connector.client.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The client's overhead per call, measured so that a busy machine does not bias it: the client and the raw call
 * run in alternating short rounds in one JVM (order swapped every round), so both see the same background load,
 * and the figure reported is the median of the per-round differences. JMH ({@link ClientOverheadBenchmark})
 * measures each variant well in isolation; on a shared 2-core machine the load drifts between its runs.
 *
 * <p>Over the in-memory {@link java.net.http.HttpClient} the whole call runs on the calling thread, so its CPU time
 * is reported as well: unlike wall time, it does not grow while other processes hold the CPU.
 *
 * <p>Run with {@code mvn -B -pl connector/client -am -Pbenchmark verify -DskipTests} (after the JMH run).
 */
public final class InterleavedOverhead {
    private InterleavedOverhead() {}

    private interface Call {
        Object run() throws Exception;
    }

    private static volatile int sink;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        ClientOverheadBenchmark calls = new ClientOverheadBenchmark();
        calls.start();
        try {
            compare("in-memory HttpClient", calls::clientInMemory, calls::rawHttpClientAndJacksonInMemory, 400, 300);
            compare("loopback HTTP", calls::client, calls::rawHttpClientAndJackson, 100, 150);
        } finally {
            calls.stop();
        }
    }

    private static void compare(String name, Call client, Call raw, int callsPerRound, int rounds) throws Exception {
        for (int i = 0; i < 30; i++) { // warm up both paths alike before measuring
            round(client, callsPerRound);
            round(raw, callsPerRound);
        }
        Samples wall = new Samples();
        Samples cpu = new Samples();
        for (int r = 0; r < rounds; r++) {
            double[] c;
            double[] w;
            if (r % 2 == 0) {
                c = round(client, callsPerRound);
                w = round(raw, callsPerRound);
            } else {
                w = round(raw, callsPerRound);
                c = round(client, callsPerRound);
            }
            wall.add(c[0], w[0]);
            cpu.add(c[1], w[1]);
        }
        System.out.printf(
                Locale.ROOT,
                "%s, %d rounds of %d calls each (us per call, median and IQR)%n",
                name,
                rounds,
                callsPerRound);
        System.out.println("  wall time: " + wall);
        System.out.println("  CPU time of the calling thread: " + cpu);
    }

    /** Wall and calling-thread CPU microseconds per call over {@code count} calls. */
    private static double[] round(Call call, int count) throws Exception {
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        int hash = 0;
        for (int i = 0; i < count; i++) {
            hash += System.identityHashCode(call.run());
        }
        long elapsed = System.nanoTime() - start;
        long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
        sink = hash;
        return new double[] {elapsed / 1_000.0 / count, cpu / 1_000.0 / count};
    }

    /** Per-round figures of both variants and their differences. */
    private static final class Samples {
        final List<Double> client = new ArrayList<>();
        final List<Double> raw = new ArrayList<>();
        final List<Double> difference = new ArrayList<>();

        void add(double clientValue, double rawValue) {
            client.add(clientValue);
            raw.add(rawValue);
            difference.add(clientValue - rawValue);
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "client %s, raw HttpClient + Jackson %s, client overhead %s",
                    summary(client),
                    summary(raw),
                    summary(difference));
        }

        private static String summary(List<Double> values) {
            return String.format(
                    Locale.ROOT,
                    "%.1f (%.1f to %.1f)",
                    quantile(values, 0.5),
                    quantile(values, 0.25),
                    quantile(values, 0.75));
        }
    }

    private static double quantile(List<Double> values, double q) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get((int) Math.min(sorted.size() - 1, Math.round(q * (sorted.size() - 1))));
    }
}
