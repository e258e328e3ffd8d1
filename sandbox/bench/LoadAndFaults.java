import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load with faults against a running sandbox, then a check of every payment request's final state. Concurrent
 * workers add, cancel (often the same ids at once) and read; slow clients send their requests a few bytes at a time
 * or stall half-way. Afterwards every account is read in full and: every id an add returned exists exactly once;
 * an id some cancel returned is Canceled and every other is Pending; no cancel succeeded twice for one id.
 *
 * Usage: java -cp sandbox/target/mews-sandbox.jar sandbox/bench/LoadAndFaults.java URL [seconds] [workers] [slow]
 * (sandbox/bench/load-and-faults.sh starts the sandbox and runs it). Loopback only; bounded in time and count.
 */
public class LoadAndFaults {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String COMMON = "\"ClientToken\":\"E0D439EE522F44368DC78E1BFB03710C-D24FB11DBE31D4621C4817E028D9E1D\","
            + "\"AccessToken\":\"C66EF7B239D24632943D115EDE9CB810-EA00F8FD8294692C940F6B5A8F9453D\",\"Client\":\"Load 1.0\"";
    static final List<UUID> ACCOUNTS = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    static final UUID SLOW_ACCOUNT = UUID.randomUUID();
    static final int MAX_OPERATIONS = 200_000;

    static final Set<String> added = ConcurrentHashMap.newKeySet();
    static final Map<String, AtomicInteger> canceledBy = new ConcurrentHashMap<>();
    static final Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
    static final AtomicLong operations = new AtomicLong();
    static final AtomicInteger slowCompleted = new AtomicInteger();
    static final AtomicInteger slowCut = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        if (!"127.0.0.1".equals(base.getHost()) && !"localhost".equals(base.getHost())) {
            throw new IllegalArgumentException("loopback only");
        }
        long seconds = args.length > 1 ? Long.parseLong(args[1]) : 20;
        int workers = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        int slow = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            threads.add(start(() -> work(http, base, deadline)));
        }
        for (int i = 0; i < slow; i++) {
            boolean stall = i % 2 == 0;
            threads.add(start(() -> slowClient(base, deadline, stall)));
        }
        long started = System.nanoTime();
        for (Thread thread : threads) {
            thread.join();
        }
        double took = (System.nanoTime() - started) / 1e9;
        boolean ok = check(http, base);
        System.out.printf("operations %d in %.1f s (%.0f/s), statuses %s%n", operations.get(), took,
                operations.get() / took, new java.util.TreeMap<>(statuses));
        System.out.printf("payment requests added %d, canceled %d; slow clients: %d completed, %d cut off%n",
                added.size(), canceledBy.size(), slowCompleted.get(), slowCut.get());
        System.out.println(ok ? "FINAL STATES OK" : "FINAL STATES BROKEN");
        System.exit(ok ? 0 : 1);
    }

    static Thread start(Runnable task) {
        Thread thread = new Thread(task);
        thread.start();
        return thread;
    }

    static void work(HttpClient http, URI base, long deadline) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<String> mine = new ArrayList<>();
        while (System.nanoTime() < deadline && operations.incrementAndGet() < MAX_OPERATIONS) {
            try {
                int kind = random.nextInt(10);
                UUID account = ACCOUNTS.get(random.nextInt(ACCOUNTS.size()));
                if (kind < 4 || mine.isEmpty()) {
                    JsonNode answer = post(http, base, "paymentRequests/add", addBody(account, 1 + random.nextInt(3)));
                    if (answer != null) {
                        for (JsonNode item : answer.get("PaymentRequests")) {
                            String id = item.get("Id").asText();
                            if (!added.add(id)) {
                                throw new IllegalStateException("an add returned an id twice: " + id);
                            }
                            mine.add(id);
                        }
                    }
                } else if (kind < 7) {
                    // Cancel an id of this worker or of any other: concurrent cancels of one id are the point.
                    List<String> all = new ArrayList<>(added);
                    String id = random.nextBoolean() ? mine.get(random.nextInt(mine.size()))
                            : all.get(random.nextInt(all.size()));
                    JsonNode answer = post(http, base, "paymentRequests/cancel",
                            "{" + COMMON + ",\"PaymentRequestIds\":[\"" + id + "\"]}");
                    if (answer != null) {
                        canceledBy.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                    }
                } else {
                    post(http, base, "paymentRequests/getAll", "{" + COMMON + ",\"AccountIds\":[\"" + account
                            + "\"],\"Limitation\":{\"Count\":50}}");
                }
            } catch (Exception e) {
                statuses.computeIfAbsent("exception " + e.getClass().getSimpleName(), k -> new AtomicInteger())
                        .incrementAndGet();
            }
        }
    }

    /** A client that writes its add a few bytes at a time, or stops half-way and waits. */
    static void slowClient(URI base, long deadline, boolean stall) {
        while (System.nanoTime() < deadline) {
            byte[] body = addBody(SLOW_ACCOUNT, 1).getBytes(StandardCharsets.UTF_8);
            String head = "POST /api/connector/v1/paymentRequests/add HTTP/1.1\r\nHost: x\r\nContent-Type: "
                    + "application/json\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
            byte[] request = (head + new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            try (Socket socket = new Socket(base.getHost(), base.getPort())) {
                socket.setSoTimeout(60_000);
                OutputStream out = socket.getOutputStream();
                int end = stall ? request.length / 2 : request.length;
                for (int i = 0; i < end; i += 16) {
                    out.write(request, i, Math.min(16, end - i));
                    out.flush();
                    Thread.sleep(50);
                }
                InputStream in = socket.getInputStream();
                String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (answer.startsWith("HTTP/1.1 200")) {
                    slowCompleted.incrementAndGet();
                } else {
                    slowCut.incrementAndGet();
                }
            } catch (Exception cut) {
                slowCut.incrementAndGet();
            }
        }
    }

    static String addBody(UUID account, int count) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < count; i++) {
            items.append(i == 0 ? "" : ",").append("{\"AccountId\":\"").append(account)
                    .append("\",\"Amount\":{\"Currency\":\"EUR\",\"Value\":10},\"Type\":\"Payment\",\"Reason\":"
                            + "\"Prepayment\",\"ExpirationUtc\":\"2099-12-31T23:00:00Z\",\"Description\":\"load\"}");
        }
        return "{" + COMMON + ",\"PaymentRequests\":[" + items + "]}";
    }

    /** The answer of a 200, else null (the status is counted either way). */
    static JsonNode post(HttpClient http, URI base, String operation, String body) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(base.resolve("/api/connector/v1/" + operation))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
        statuses.computeIfAbsent(operation + " " + response.statusCode(), k -> new AtomicInteger()).incrementAndGet();
        return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
    }

    static boolean check(HttpClient http, URI base) throws Exception {
        Map<String, String> states = new HashMap<>();
        List<String> problems = new ArrayList<>();
        List<UUID> accounts = new ArrayList<>(ACCOUNTS);
        accounts.add(SLOW_ACCOUNT);
        for (UUID account : accounts) {
            String cursor = null;
            while (true) {
                JsonNode page = post(http, base, "paymentRequests/getAll", "{" + COMMON + ",\"AccountIds\":[\""
                        + account + "\"],\"Limitation\":{\"Count\":1000" + (cursor == null ? "" : ",\"Cursor\":\""
                        + cursor + "\"") + "}}");
                if (page == null) {
                    problems.add("getAll of " + account + " failed");
                    break;
                }
                for (JsonNode item : page.get("PaymentRequests")) {
                    if (states.put(item.get("Id").asText(), item.get("State").asText()) != null) {
                        problems.add("listed twice: " + item.get("Id").asText());
                    }
                }
                if (page.get("PaymentRequests").isEmpty() || page.get("Cursor").isNull()) {
                    break;
                }
                cursor = page.get("Cursor").asText();
            }
        }
        Set<String> unknown = new HashSet<>(states.keySet());
        unknown.removeAll(added);
        for (String id : added) {
            String state = states.get(id);
            int cancels = canceledBy.containsKey(id) ? canceledBy.get(id).get() : 0;
            if (state == null) {
                problems.add("lost: " + id);
            } else if (cancels > 1) {
                problems.add("canceled " + cancels + " times: " + id);
            } else if (cancels == 1 && !state.equals("Canceled")) {
                problems.add("canceled but " + state + ": " + id);
            } else if (cancels == 0 && !state.equals("Pending")) {
                problems.add("never canceled but " + state + ": " + id);
            }
        }
        System.out.printf("checked %d payment requests (%d more from slow clients)%n", states.size(), unknown.size());
        problems.stream().limit(20).forEach(problem -> System.out.println("PROBLEM " + problem));
        return problems.isEmpty();
    }
}
