package io.mewscontract.codegen;

/**
 * Optional parts of the output. Models, validators and operation descriptors are always generated: client and
 * server both need them.
 */
public enum Artifact {
    /** Client interfaces, their implementations over the transport seam, and the client facade. */
    CLIENT,
    /** Service interfaces and the operation table. */
    SERVER
}
