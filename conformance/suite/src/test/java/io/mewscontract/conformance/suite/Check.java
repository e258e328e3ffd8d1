package io.mewscontract.conformance.suite;

/** The columns of the conformance matrix: what is checked for a document's operation. */
enum Check {
    DESERIALIZES(
            "deserializes",
            "The example reads into the generated types: requests into the server's (strict JSON, server-mode"
                    + " validation) and the client's request records; responses into the client's and the server's"
                    + " response records, keeping every property the spec does not declare."),
    ROUND_TRIP(
            "round trip",
            "Written back by the generated code (requests through the client's envelope), the JSON equals the"
                    + " example by SemanticJson's rule and validates against the spec."),
    VALIDATES(
            "spec validates",
            "The example validates against the spec's schema for its operation (Atlassian's validator), and every"
                    + " property the spec does not declare is explained in RECONCILIATION.md."),
    SANDBOX(
            "sandbox answers",
            "Sent as it is to the sandbox (fixtures loaded), the request example gets a 2xx answer that validates"
                    + " against the spec; sent again through the generated client, every request and response on"
                    + " the wire validates."),
    TABLE(
            "table vs spec",
            "Every property of the document's table is in the spec with the contract RECONCILIATION.md states:"
                    + " presence, nullability, type, constraints."),
    ENUM(
            "enum vs spec",
            "Every value of the document's enum list is a known value of the spec's enum, and the enum is open.");

    private final String title;
    private final String meaning;

    Check(String title, String meaning) {
        this.title = title;
        this.meaning = meaning;
    }

    /** The column title. */
    String title() {
        return title;
    }

    /** What a pass means, for the report's legend. */
    String meaning() {
        return meaning;
    }
}
