package io.mewscontract.conformance.suite;

import java.util.List;

/**
 * What the traffic validation saw while the suite drove the sandbox: how many exchanges it validated, and every
 * problem, one line each (method, path, status and what breaks the spec; never a body or a token).
 */
record TrafficSummary(int exchanges, List<String> problems) {

    static final TrafficSummary NONE = new TrafficSummary(0, List.of());

    TrafficSummary {
        problems = List.copyOf(problems);
    }
}
