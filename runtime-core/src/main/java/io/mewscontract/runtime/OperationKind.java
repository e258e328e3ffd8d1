package io.mewscontract.runtime;

/**
 * Whether an operation only reads or may change data ({@code x-mews-kind} in the spec). Transports use it to
 * decide about retries: a read may be retried after a timeout, a 5xx or a lost connection; a write only when it
 * provably was not processed.
 */
public enum OperationKind {
    READ,
    WRITE
}
