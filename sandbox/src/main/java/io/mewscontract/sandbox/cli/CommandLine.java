package io.mewscontract.sandbox.cli;

import io.mewscontract.sandbox.auth.DemoTokens;
import io.mewscontract.sandbox.auth.TokenPair;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the command line into {@link Settings}: {@code --flag value} or {@code --flag=value}. A {@code --config}
 * file is read first, wherever it stands, so the other flags override it.
 */
final class CommandLine {
    private CommandLine() {}

    /** What the command line asks for. */
    sealed interface Request {
        record Serve(Settings settings) implements Request {}

        record Help() implements Request {}
    }

    static Request parse(String[] args) throws UsageException {
        List<Map.Entry<Flag, String>> flags = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            String name = arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
            int position = i + 1;
            Flag flag = Flag.named(name)
                    .orElseThrow(() -> new UsageException((name.startsWith("--")
                                    ? "Unknown flag '" + shown(name) + "'"
                                    // Not echoed: a stray argument may be a pasted token.
                                    : "Unexpected argument at position " + position + " (not a flag)")
                            + ". Run with --help to see every flag."));
            String value;
            if (!flag.takesArgument()) {
                if (equals > 0 && name.length() < arg.length()) {
                    throw new UsageException(flag.name + " takes no value");
                }
                value = "";
            } else if (equals > 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new UsageException(flag.name + " needs a value: " + flag.name + " " + flag.argument);
            }
            flags.add(Map.entry(flag, value));
        }
        if (flags.stream().anyMatch(entry -> entry.getKey() == Flag.HELP)) {
            return new Request.Help();
        }
        Settings settings = new Settings();
        for (Map.Entry<Flag, String> entry : flags) {
            if (entry.getKey() == Flag.CONFIG) {
                if (settings.configFile != null) {
                    throw new UsageException("--config is given twice");
                }
                settings.configFile = Path.of(entry.getValue());
                ConfigFile.apply(settings.configFile, settings);
            }
        }
        for (Map.Entry<Flag, String> entry : flags) {
            apply(entry.getKey(), entry.getValue(), settings);
        }
        settings.check();
        return new Request.Serve(settings);
    }

    private static void apply(Flag flag, String value, Settings settings) throws UsageException {
        switch (flag) {
            case PORT -> settings.port = integer(flag, value);
            case BIND -> settings.bind = value;
            case TOKEN -> settings.tokens.add(pair(flag, value.split(":", -1), 2));
            case PORTFOLIO_TOKEN -> {
                String[] parts = value.split(":", -1);
                TokenPair pair = pair(flag, parts, 3);
                List<UUID> enterprises = new ArrayList<>();
                for (String id : parts[2].split(",", -1)) {
                    enterprises.add(uuid(flag, id));
                }
                settings.portfolioTokens.add(new Settings.PortfolioToken(pair, enterprises));
            }
            case NO_DEMO_TOKENS -> settings.demoTokens = false;
            case RATE_LIMIT -> settings.rateLimitRequests = integer(flag, value);
            case RATE_WINDOW -> settings.rateWindowSeconds = integer(flag, value);
            case NO_RATE_LIMIT -> settings.rateLimited = false;
            case SEED_CUSTOMERS -> settings.seedCustomers = integer(flag, value);
            case SEED -> settings.randomSeed = longValue(flag, value);
            case MAX_BODY_BYTES -> settings.maxBodyBytes = integer(flag, value);
            case MAX_REQUEST_SECONDS -> settings.maxRequestSeconds = integer(flag, value);
            case MAX_RESPONSE_SECONDS -> settings.maxResponseSeconds = integer(flag, value);
            case MAX_CONNECTIONS -> settings.maxConnections = integer(flag, value);
            case IDLE_SECONDS -> settings.idleSeconds = integer(flag, value);
            case LOG_REQUESTS -> settings.logRequests = true;
            case CONFIG, HELP -> {} // handled before
        }
    }

    /** Never echoes the value: it is a token. */
    private static TokenPair pair(Flag flag, String[] parts, int expectedParts) throws UsageException {
        if (parts.length != expectedParts || parts[0].isBlank() || parts[1].isBlank()) {
            throw new UsageException(
                    flag.name + " expects " + flag.argument + " (the tokens themselves contain no" + " ':')");
        }
        try {
            return new TokenPair(parts[0], parts[1]);
        } catch (IllegalArgumentException invalid) {
            throw new UsageException(flag.name + ": " + invalid.getMessage());
        }
    }

    private static UUID uuid(Flag flag, String value) throws UsageException {
        try {
            if (value.length() != 36) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(value);
        } catch (IllegalArgumentException notUuid) {
            throw new UsageException(flag.name + ": '" + shown(value) + "' is not an enterprise id (a GUID such as"
                    + " 3fa85f64-5717-4562-b3fc-2c963f66afa6)");
        }
    }

    private static int integer(Flag flag, String value) throws UsageException {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException notANumber) {
            throw new UsageException(flag.name + " expects a whole number, not '" + shown(value) + "'");
        }
    }

    private static long longValue(Flag flag, String value) throws UsageException {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException notANumber) {
            throw new UsageException(flag.name + " expects a whole number, not '" + shown(value) + "'");
        }
    }

    /** An argument as it may appear in a message: short, since a mistyped flag may be a pasted token. */
    private static String shown(String value) {
        return value.length() <= 40 ? value : value.substring(0, 12) + "…";
    }

    /** The {@code --help} text: every flag with its argument and meaning. */
    static String help() {
        StringBuilder text = new StringBuilder()
                .append("Mews Connector API sandbox: a local, in-memory stand-in for the Connector API.\n\n")
                .append("Usage: java -jar mews-sandbox.jar [flags]\n\nFlags:\n");
        for (Flag flag : Flag.values()) {
            text.append("  ").append(flag.name);
            if (flag.takesArgument()) {
                text.append(' ').append(flag.argument);
            }
            text.append("\n      ").append(flag.help).append('\n');
        }
        text.append("\nDemo tokens, published by Mews for its demo environment and accepted unless --no-demo-tokens"
                + " is given\n(ClientToken, then AccessToken; the first pair is the one the documents' examples"
                + " use):\n");
        for (TokenPair pair : DemoTokens.PAIRS) {
            text.append("  ")
                    .append(pair.clientToken())
                    .append("\n  ")
                    .append(pair.accessToken())
                    .append("\n\n");
        }
        return text.append("Tokens given with --token, --portfolio-token or --config are never printed. See"
                        + " docs/sandbox.md for curl examples.\n")
                .toString();
    }
}
