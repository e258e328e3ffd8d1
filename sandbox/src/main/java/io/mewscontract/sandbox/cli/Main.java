package io.mewscontract.sandbox.cli;

import io.mewscontract.connector.operation.ConnectorOperations;
import io.mewscontract.sandbox.Sandbox;
import io.mewscontract.sandbox.auth.DemoTokens;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;

/**
 * {@code java -jar mews-sandbox.jar [flags]}: starts the sandbox, prints its address and what it serves, and runs
 * until stopped (Ctrl+C or a termination signal). {@code --help} lists every flag. A wrong flag or config file
 * prints what is wrong and exits with status 2; an address that cannot be bound exits with 1. No stack trace and no
 * token is ever printed.
 */
public final class Main {
    /** Exit status of a wrong command line or config file. */
    static final int USAGE_ERROR = 2;
    /** Exit status when the sandbox cannot start (e.g. the port is taken). */
    static final int START_ERROR = 1;

    private final PrintStream out;
    private final PrintStream err;

    Main(PrintStream out, PrintStream err) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
    }

    public static void main(String[] args) {
        Main main = new Main(System.out, System.err);
        Launch launch = main.launch(args);
        Sandbox sandbox = launch.sandbox();
        if (sandbox == null) {
            System.exit(launch.exitStatus());
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            sandbox.close();
                            stopped.countDown();
                        },
                        "mews-sandbox-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The outcome of {@link #launch}: a running sandbox, or the exit status after help or an error was printed.
     */
    record Launch(@Nullable Sandbox sandbox, int exitStatus) {}

    /** Parses {@code args} and starts the sandbox, printing its banner; prints help or the error otherwise. */
    Launch launch(String[] args) {
        Settings settings;
        try {
            CommandLine.Request request = CommandLine.parse(args);
            if (request instanceof CommandLine.Request.Help) {
                out.print(CommandLine.help());
                out.flush();
                return new Launch(null, 0);
            }
            settings = ((CommandLine.Request.Serve) request).settings();
        } catch (UsageException wrong) {
            err.println("mews-sandbox: " + wrong.getMessage());
            err.flush();
            return new Launch(null, USAGE_ERROR);
        }
        Sandbox sandbox;
        try {
            sandbox = settings.toBuilder(out).start();
        } catch (UsageException wrong) {
            err.println("mews-sandbox: " + wrong.getMessage());
            err.flush();
            return new Launch(null, USAGE_ERROR);
        } catch (BindException taken) {
            err.println("mews-sandbox: cannot listen on " + settings.bind + ":" + settings.port + " ("
                    + taken.getMessage() + "). Choose another --port, or --port 0 for any free port.");
            err.flush();
            return new Launch(null, START_ERROR);
        } catch (IOException | RuntimeException failed) {
            err.println("mews-sandbox: cannot start: " + failed.getMessage());
            err.flush();
            return new Launch(null, START_ERROR);
        }
        printBanner(sandbox, settings);
        return new Launch(sandbox, 0);
    }

    private void printBanner(Sandbox sandbox, Settings settings) {
        // The first line is the address, for scripts that start the sandbox and wait for it.
        out.println("Mews Connector API sandbox listening on " + sandbox.baseUri());
        ConnectorOperations.ALL.forEach(operation -> out.println("  POST " + sandbox.baseUri() + operation.path()));
        int extra = settings.tokens.size() + settings.portfolioTokens.size();
        out.println("Tokens: "
                + (settings.demoTokens
                        ? "the " + DemoTokens.PAIRS.size() + " published demo pairs" + " (listed by --help)"
                                + (extra > 0 ? " and " + extra + " configured (never printed)" : "")
                        : extra + " configured (never printed)"));
        out.println("Request limit: "
                + (sandbox.rateLimit() == null
                        ? "off"
                        : sandbox.rateLimit().requests() + " requests per AccessToken per "
                                + sandbox.rateLimit().window().toSeconds() + " s"));
        out.println("Data: " + sandbox.documentedCustomerIds().size() + " documented customers, "
                + sandbox.syntheticCustomerIds().size() + " synthetic customers, "
                + sandbox.preauthorizations().size() + " preauthorizations, "
                + sandbox.paymentRequests().size() + " payment requests");
        out.println("Press Ctrl+C to stop.");
        out.flush();
    }
}
