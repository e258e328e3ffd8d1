package io.mewscontract.sandbox.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small closed-loop HTTP/1.1 load generator, used when wrk is not installed: each connection is a keep-alive
 * socket that sends the same POST again as soon as the previous answer has been read, timing each request. Raw
 * sockets keep the generator's own cost low, which matters when it shares two cores with the server.
 *
 * <pre>
 * LoadGenerator URL BODY_FILE CONNECTIONS WARMUP_SECONDS SECONDS [SERVER_PID CLOCK_TICKS]   prints one result line
 * LoadGenerator --capture URL BODY_FILE OUT_FILE                                      saves one response body
 * </pre>
 *
 * <p>Warm-up and measurement run in one JVM, on the same connections, so that the generator's own JIT compilation
 * is over before the measured seconds start (a second, cold generator JVM for the measured part spent its first
 * seconds compiling on the same two cores as the server). Given the server's process id and the system's clock
 * ticks per second ({@code getconf CLK_TCK}), it also reports the server's CPU time per request over exactly the
 * measured seconds, from {@code /proc/PID/stat}.
 */
public class LoadGenerator {
    public static void main(String[] args) throws Exception {
        if (args[0].equals("--capture")) {
            URI url = URI.create(args[1]);
            try (Connection connection = new Connection(url, Files.readAllBytes(Path.of(args[2])))) {
                Response response = connection.exchange();
                if (response.status != 200) {
                    throw new IllegalStateException("Capture answered " + response.status + ": " + response.bodyText());
                }
                Files.write(Path.of(args[3]), response.body);
            }
            return;
        }
        URI url = URI.create(args[0]);
        byte[] body = Files.readAllBytes(Path.of(args[1]));
        int connections = Integer.parseInt(args[2]);
        long warmupNanos = Long.parseLong(args[3]) * 1_000_000_000L;
        long measureNanos = Long.parseLong(args[4]) * 1_000_000_000L;

        long start = System.nanoTime();
        long measureFrom = start + warmupNanos;
        long end = measureFrom + measureNanos;
        AtomicLong failures = new AtomicLong();
        List<long[]> samples = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            Recorder recorder = new Recorder();
            Thread thread = new Thread(() -> {
                try (Connection connection = new Connection(url, body)) {
                    while (true) {
                        long before = System.nanoTime();
                        if (before >= end) {
                            break;
                        }
                        Response response = connection.exchange();
                        long after = System.nanoTime();
                        if (before >= measureFrom) {
                            if (response.status == 200) {
                                recorder.add(after - before);
                            } else {
                                failures.incrementAndGet();
                            }
                        }
                    }
                } catch (IOException e) {
                    failures.incrementAndGet();
                }
                synchronized (samples) {
                    samples.add(recorder.toArray());
                }
            });
            threads.add(thread);
            thread.start();
        }
        ServerCpu serverCpu = args.length > 6 ? new ServerCpu(Long.parseLong(args[5]), Long.parseLong(args[6])) : null;
        double cpuSeconds = 0;
        if (serverCpu != null) {
            sleepUntil(measureFrom);
            double before = serverCpu.seconds();
            sleepUntil(end);
            cpuSeconds = serverCpu.seconds() - before;
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long[] all = samples.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        double seconds = measureNanos / 1e9;
        System.out.printf(
                "requests/s %.0f  p50 %.3f ms  p90 %.3f ms  p99 %.3f ms  max %.3f ms  requests %d  errors %d",
                all.length / seconds,
                percentile(all, 50),
                percentile(all, 90),
                percentile(all, 99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6,
                all.length,
                failures.get());
        if (serverCpu != null) {
            System.out.printf("  cpu/request %.1f us", all.length == 0 ? 0 : cpuSeconds * 1e6 / all.length);
        }
        System.out.println();
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
            Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
        }
    }

    /** A process's CPU time (user + system) so far, from /proc (Linux). */
    private record ServerCpu(long pid, long ticksPerSecond) {
        double seconds() throws IOException {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // The fields after the command name, which is in parentheses and may hold spaces: utime is the 14th
            // field of the line, stime the 15th.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) ticksPerSecond;
        }
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }

    private static final class Recorder {
        private long[] values = new long[1 << 16];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    private record Response(int status, byte[] body) {
        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** One keep-alive connection that sends the same request again and again. */
    private static final class Connection implements AutoCloseable {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private final byte[] request;

        Connection(URI url, byte[] body) throws IOException {
            socket = new Socket(url.getHost(), url.getPort());
            socket.setTcpNoDelay(true);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 65536);
            byte[] head = ("POST " + url.getRawPath() + " HTTP/1.1\r\nHost: " + url.getHost() + ":" + url.getPort()
                            + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            request = Arrays.copyOf(head, head.length + body.length);
            System.arraycopy(body, 0, request, head.length, body.length);
        }

        Response exchange() throws IOException {
            out.write(request);
            out.flush();
            String statusLine = line();
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            int length = 0;
            boolean chunked = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).trim();
                String value = header.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("Content-Length")) {
                    length = Integer.parseInt(value);
                } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) {
                    chunked = true;
                }
            }
            if (chunked) {
                throw new IOException("Chunked responses are not expected from either server");
            }
            return new Response(status, in.readNBytes(length));
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("Connection closed");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
