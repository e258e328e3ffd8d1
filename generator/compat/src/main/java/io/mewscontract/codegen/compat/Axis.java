package io.mewscontract.codegen.compat;

/** The three questions a team asks before upgrading. */
public enum Axis {
    /** A client built from the old spec, talking to a server that implements the new one. */
    DEPLOYED_CLIENTS("Deployed clients", "an old client against a new server"),
    /** A server built from the old spec, receiving requests from clients built from the new one. */
    DEPLOYED_SERVERS("Deployed servers", "a new client against an old server"),
    /** Code compiled against the old generated Java API, compiled or linked against the new one. */
    JAVA_API("Java API", "user code compiled against the old generated classes");

    private final String title;
    private final String question;

    Axis(String title, String question) {
        this.title = title;
        this.question = question;
    }

    public String title() {
        return title;
    }

    public String question() {
        return question;
    }
}
