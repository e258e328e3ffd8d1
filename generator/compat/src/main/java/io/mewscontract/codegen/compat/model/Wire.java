package io.mewscontract.codegen.compat.model;

import io.mewscontract.codegen.compat.Assessment;

/**
 * The two wire verdicts of a change: for deployed clients and for deployed servers.
 *
 * @param clients an old client against a new server
 * @param servers a new client against an old server
 */
record Wire(Assessment clients, Assessment servers) {

    static final Wire UNUSED = new Wire(
            Assessment.ok("no operation sends or receives it"), Assessment.ok("no operation sends or receives it"));

    static Wire ok(String reason) {
        return new Wire(Assessment.ok(reason), Assessment.ok(reason));
    }

    Wire worst(Wire other) {
        return new Wire(clients.worst(other.clients), servers.worst(other.servers));
    }

    /**
     * The verdicts for a type used in requests, in responses, or both (the worse of both per axis).
     *
     * @param request the verdicts when the type travels in a request (clients write it, servers read it)
     * @param response the verdicts when the type travels in a response (servers write it, clients read it)
     */
    static Wire judge(boolean inRequest, boolean inResponse, Wire request, Wire response) {
        if (inRequest && inResponse) {
            return request.worst(response);
        }
        if (inRequest) {
            return request;
        }
        return inResponse ? response : UNUSED;
    }
}
