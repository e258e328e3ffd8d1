package io.mewscontract.sandbox.cli;

import java.util.Arrays;
import java.util.Optional;

/** Every command line flag, with its help text; {@code --help} prints them all, in this order. */
enum Flag {
    PORT("--port", "PORT", "Port to listen on (default " + Settings.DEFAULT_PORT + "; 0 picks a free port)."),
    BIND(
            "--bind",
            "ADDRESS",
            "Address to listen on (default " + Settings.DEFAULT_BIND
                    + "; 0.0.0.0 exposes the sandbox to your network)."),
    TOKEN(
            "--token",
            "CLIENT:ACCESS",
            "Also accept this ClientToken:AccessToken pair, for the demo enterprise." + " Repeatable."),
    PORTFOLIO_TOKEN(
            "--portfolio-token",
            "CLIENT:ACCESS:ENTERPRISE[,ENTERPRISE...]",
            "Also accept this pair as a"
                    + " portfolio token covering these enterprise ids (paymentRequests/add then requires EnterpriseId)."
                    + " Repeatable."),
    NO_DEMO_TOKENS("--no-demo-tokens", null, "Do not accept the four published demo token pairs."),
    RATE_LIMIT("--rate-limit", "N", "Requests admitted per AccessToken within the window (default 200)."),
    RATE_WINDOW("--rate-window", "SECONDS", "The request limit's sliding window (default 30)."),
    NO_RATE_LIMIT("--no-rate-limit", null, "Switch the request limit off (no 429 answers)."),
    SEED_CUSTOMERS(
            "--seed-customers",
            "N",
            "Add N synthetic customers, each with preauthorizations and payment" + " requests (default 0)."),
    SEED("--seed", "SEED", "Random seed of the synthetic customers: the same seed gives the same data (default 1)."),
    MAX_BODY_BYTES(
            "--max-body-bytes",
            "BYTES",
            "Largest request body accepted; larger ones answer 413 (default" + " 1048576)."),
    MAX_REQUEST_SECONDS(
            "--max-request-seconds",
            "SECONDS",
            "Time a request's headers and body may take to arrive;" + " then the connection is closed (default 30)."),
    MAX_RESPONSE_SECONDS(
            "--max-response-seconds", "SECONDS", "Time a client may take to receive a response" + " (default 30)."),
    MAX_CONNECTIONS("--max-connections", "N", "Open connections admitted; more are closed at once (default 1000)."),
    IDLE_SECONDS("--idle-seconds", "SECONDS", "Time an idle keep-alive connection stays open (default 30)."),
    LOG_REQUESTS(
            "--log-requests",
            null,
            "Print a line per request (method, path, status, time, Request-Id;" + " never a token)."),
    CONFIG(
            "--config",
            "FILE",
            "Read settings from a JSON file first; flags override it. Keys: port, bind,"
                    + " demoTokens, tokens [{clientToken, accessToken}], portfolioTokens [{clientToken, accessToken,"
                    + " enterpriseIds}], rateLimit {enabled, requests, windowSeconds}, seedCustomers, randomSeed,"
                    + " maxBodyBytes, maxRequestSeconds, maxResponseSeconds, maxConnections, idleSeconds, logRequests."),
    HELP("--help", null, "Show this help and exit.");

    final String name;
    final @org.jspecify.annotations.Nullable String argument;
    final String help;

    Flag(String name, @org.jspecify.annotations.Nullable String argument, String help) {
        this.name = name;
        this.argument = argument;
        this.help = help;
    }

    boolean takesArgument() {
        return argument != null;
    }

    static Optional<Flag> named(String name) {
        return Arrays.stream(values()).filter(flag -> flag.name.equals(name)).findFirst();
    }
}
