package io.mewscontract.connector.client.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fault-injection server below HTTP: every connection gets the same fault, so a test sees what the client does
 * with it on the first attempt and on every retry. Each connection is served on its own thread, and
 * {@link #close()} ends them all.
 */
public final class FaultServer implements AutoCloseable {

    /** The faults a real API, proxy or network produces. */
    public enum Fault {
        /** 429 with Retry-After in seconds. */
        TOO_MANY_SECONDS,
        /** 429 with Retry-After as an HTTP-date. */
        TOO_MANY_DATE,
        /** 408 Request Timeout. */
        REQUEST_TIMEOUT,
        /** 502 with an HTML page from a proxy. */
        BAD_GATEWAY_HTML,
        /** Bytes that are not HTTP at all. */
        GARBAGE,
        /** A 200 whose body stops half-way and the connection closes. */
        TRUNCATED,
        /** A 200 whose body arrives one byte every 200 ms (longer than any timeout of the tests). */
        TRICKLE,
        /** A 200 chunked body that never ends. */
        ENDLESS,
        /** A 200 that declares and sends 1 GiB. */
        HUGE,
        /** The request is read, then the connection is reset (TCP RST). */
        RESET
    }

    private final ServerSocket socket;
    private final Fault fault;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile boolean closed;

    public FaultServer(Fault fault) {
        this.fault = fault;
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Thread acceptor = new Thread(this::acceptLoop, "fault-server-" + fault);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }

    /** How many requests arrived (one per attempt). */
    public int requests() {
        return requests.get();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket connection = socket.accept();
                Thread serve = new Thread(() -> serve(connection), "fault-connection");
                serve.setDaemon(true);
                serve.start();
            } catch (IOException closing) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            RawServer.readRequest(connection.getInputStream());
            requests.incrementAndGet();
            OutputStream out = connection.getOutputStream();
            switch (fault) {
                case TOO_MANY_SECONDS -> write(out, head(429, "application/json", 2, "Retry-After: 1\r\n") + "{}");
                case TOO_MANY_DATE ->
                    write(
                            out,
                            head(429, "application/json", 2, "Retry-After: Wed, 21 Oct 2015 07:28:00 GMT\r\n") + "{}");
                case REQUEST_TIMEOUT -> write(out, head(408, "application/json", 2, "") + "{}");
                case BAD_GATEWAY_HTML -> {
                    String page = "<html><body><h1>502 Bad Gateway</h1></body></html>";
                    write(out, head(502, "text/html", page.length(), "") + page);
                }
                case GARBAGE -> write(out, "\u0000\u0001SSH-2.0-nope\r\n\r\n");
                case TRUNCATED -> write(out, head(200, "application/json", 100, "") + "{\"Items\":[");
                case TRICKLE -> {
                    write(out, head(200, "application/json", 1000, ""));
                    for (int i = 0; i < 1000 && !closed; i++) {
                        out.write(' ');
                        out.flush();
                        Thread.sleep(200);
                    }
                }
                case ENDLESS -> {
                    write(
                            out,
                            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nRequest-Id: fault\r\n"
                                    + "Transfer-Encoding: chunked\r\n\r\n");
                    byte[] chunk = ("2000\r\n" + " ".repeat(0x2000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                    while (!closed) {
                        out.write(chunk);
                    }
                }
                case HUGE -> {
                    long size = 1L << 30;
                    write(
                            out,
                            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nRequest-Id: fault\r\n"
                                    + "Content-Length: " + size + "\r\n\r\n");
                    byte[] block = new byte[64 * 1024];
                    java.util.Arrays.fill(block, (byte) ' ');
                    for (long sent = 0; sent < size && !closed; sent += block.length) {
                        out.write(block);
                    }
                }
                case RESET -> {
                    connection.setSoLinger(true, 0);
                    connection.close();
                }
            }
        } catch (IOException | InterruptedException clientWentAway) {
            // the client gave up: expected for the slow faults
        }
    }

    private static String head(int status, String contentType, int length, String extra) {
        return "HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\nContent-Length: " + length
                + "\r\nRequest-Id: fault-" + status + "\r\n" + extra + "Connection: close\r\n\r\n";
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void close() {
        closed = true;
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
