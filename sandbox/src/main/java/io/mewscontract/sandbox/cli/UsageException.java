package io.mewscontract.sandbox.cli;

/**
 * The command line or the config file is wrong. Its message says what and how to fix it, and is printed as it is:
 * no stack trace, and never a token.
 */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message, null, false, false);
    }
}
