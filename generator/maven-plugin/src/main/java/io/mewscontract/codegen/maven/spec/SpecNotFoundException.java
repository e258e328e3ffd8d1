package io.mewscontract.codegen.maven.spec;

/** The {@code spec} parameter names neither an existing file nor a classpath resource of the plugin. */
public final class SpecNotFoundException extends Exception {
    public SpecNotFoundException(String message) {
        super(message);
    }
}
