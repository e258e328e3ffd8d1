package io.mewscontract.codegen.ir;

/** The wire scalars the generator maps, with their spec spelling ({@code type} + {@code format}). */
public enum ScalarKind {
    /** {@code string} without a format this list names. */
    STRING,
    /** {@code string}, {@code format: uuid}; read in either letter case. */
    UUID,
    /** {@code string}, {@code format: date-time}: an instant in UTC. */
    DATE_TIME,
    /** {@code string}, {@code format: date}. */
    DATE,
    /** {@code string}, {@code format: hybrid-id}: a UUID or a prefixed alternative identifier ({@code eid:...}). */
    HYBRID_ID,
    /** {@code number}, {@code format: decimal} (or no format): exact, never binary floating point. */
    DECIMAL,
    /** {@code integer}, {@code format: int32} (or no format). */
    INT32,
    /** {@code integer}, {@code format: int64}. */
    INT64,
    /** {@code number}, {@code format: float}. */
    FLOAT,
    /** {@code number}, {@code format: double}. */
    DOUBLE,
    /** {@code boolean}. */
    BOOLEAN,
    /** A schema with no type, or a free-form object: any JSON value, kept as a tree. */
    JSON
}
