package io.mewscontract.runtime;

/**
 * A server's implementation of one operation: typed request and context in, typed result out. Generated
 * operation tables bind each to a method of a generated service interface, so a router dispatches without
 * reflection.
 */
@FunctionalInterface
public interface OperationHandler<Q, R> {
    R handle(Q request, RequestContext context);
}
