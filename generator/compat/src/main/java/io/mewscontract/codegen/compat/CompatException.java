package io.mewscontract.codegen.compat;

/**
 * The two specs cannot be compared: they describe different APIs, one cannot be found or read, or the generator
 * refuses one. The message says which spec and what to do; callers print it as is (no stack trace).
 */
public final class CompatException extends Exception {

    public CompatException(String message) {
        super(message, null, false, false);
    }
}
