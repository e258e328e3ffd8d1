package io.mewscontract.runtime;

/**
 * Thrown by the handler of a {@link ServerOperation#notImplemented} row: the operation belongs to the contract, but
 * this server was built without the service that implements it. Routers answer {@code 501 Not Implemented} before
 * reaching the handler; this exception only guards code that calls {@link ServerOperation#handle} directly.
 */
public final class OperationNotImplementedException extends UnsupportedOperationException {

    private static final long serialVersionUID = 1L;

    public OperationNotImplementedException() {
        super("This server does not implement the operation");
    }
}
