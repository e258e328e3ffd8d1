package io.mewscontract.connector.client.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server below HTTP, for what a well-behaved HTTP server cannot do: take a request and drop the connection
 * without answering. Each accepted connection follows the next scripted behaviour.
 */
public final class RawServer implements AutoCloseable {

    /** What to do with one connection. */
    public sealed interface Behaviour permits DropAfterRequest, Respond {}

    /** Read the request head, then close the connection without a byte of response. */
    public record DropAfterRequest() implements Behaviour {}

    /** Read the request, then answer with {@code response} (raw HTTP/1.1 text) and close. */
    public record Respond(String response) implements Behaviour {
        public static Respond json(int status, String body) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            return new Respond("HTTP/1.1 " + status + " X\r\nContent-Type: application/json\r\nContent-Length: "
                    + bytes.length + "\r\nRequest-Id: raw-" + status + "\r\nConnection: close\r\n\r\n" + body);
        }
    }

    private final ServerSocket socket;
    private final Queue<Behaviour> script;
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread acceptor;

    public RawServer(List<Behaviour> behaviours) {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        script = new ConcurrentLinkedQueue<>(behaviours);
        acceptor = new Thread(this::acceptLoop, "raw-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }

    /** How many connections were accepted. */
    public int connections() {
        return connections.get();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try (Socket connection = socket.accept()) {
                connections.incrementAndGet();
                Behaviour behaviour = script.poll();
                readRequest(connection.getInputStream());
                if (behaviour instanceof Respond respond) {
                    OutputStream out = connection.getOutputStream();
                    out.write(respond.response().getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            } catch (IOException closedOrReset) {
                // the server is closing, or the client went away
            }
        }
    }

    /** Reads the head and a Content-Length body. */
    private static void readRequest(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                return;
            }
            head.append((char) b);
        }
        for (String line : head.toString().split("\r\n")) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                in.readNBytes(Integer.parseInt(line.substring(15).strip()));
            }
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
