package io.mewscontract.codegen.ir;

/** {@code x-mews-kind}: whether an operation only reads, or may change data. */
public enum OperationKind {
    READ,
    WRITE
}
