package io.mewscontract.codegen.maven.spec;

import java.nio.file.Path;

/**
 * A spec the generator can read from the file system.
 *
 * @param file the spec file; for a classpath resource, its copy below the execution's work directory (so that
 *     relative {@code $ref}s to its sibling resources still resolve)
 * @param description where the spec came from, in the words a user wrote it in the pom, for log and error
 *     messages
 */
public record LocatedSpec(Path file, String description) {}
