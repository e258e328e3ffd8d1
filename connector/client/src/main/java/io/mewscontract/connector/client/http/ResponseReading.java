package io.mewscontract.connector.client.http;

/**
 * What a call gives back when a success's body is JSON of the right overall shape but breaks the spec in places:
 * a required property missing, a value of the wrong type, a {@code null} where the spec allows none. Either way
 * nothing is lost: the typed value holds every property that could be read, {@code null} in place of each one
 * that could not, and every violation is reported with its JSON path (docs/client-faults.md).
 */
public enum ResponseReading {
    /**
     * The default: the call returns the typed value; the violations go to the
     * {@link CallListener#onContractViolations} listener, to {@link ResponseMetadata#violations()} and to the log
     * ({@code WARNING}, paths only, never values). Read the documented fields you need with a null check when the
     * API is known to omit them.
     */
    LENIENT,
    /**
     * The call fails with {@link io.mewscontract.connector.client.error.ContractViolationException}, which carries
     * the same typed value, the violations and the raw body. Not retried: the request was processed.
     */
    STRICT
}
