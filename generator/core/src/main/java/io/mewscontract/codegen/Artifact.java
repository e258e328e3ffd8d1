package io.mewscontract.codegen;

/**
 * The parts of the output, one per artifact that ships them. A client jar and a server jar generate only their
 * own side and depend on one model jar, so the records are generated once and shared by both.
 */
public enum Artifact {
    /** Records, open enums, validators and operation descriptors ({@code P.model}, {@code P.validation},
     * {@code P.operation}): what client and server share. */
    MODEL,
    /** Client interfaces, their implementations over the transport seam, and the client facade ({@code P.client}). */
    CLIENT,
    /** Service interfaces and the operation table ({@code P.server}). */
    SERVER
}
