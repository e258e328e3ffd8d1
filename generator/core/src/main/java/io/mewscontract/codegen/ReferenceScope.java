package io.mewscontract.codegen;

/**
 * Where a spec's {@code $ref}s may lead. Whatever the scope, every referenced document is read by the generator's
 * own safe reader (YAML 1.2 rules, no 3 MB limit, aliases and nesting bounded) and bundled into the spec before
 * the OpenAPI parser sees it; the parser never opens a file or a connection itself.
 */
public enum ReferenceScope {
    /**
     * The default: references within the spec and to files under the spec's directory (after following
     * symbolic links). URLs, absolute paths and paths leading out of the directory are refused with the pointer
     * of the {@code $ref}.
     */
    SPEC_DIRECTORY,

    /**
     * Also files anywhere on this machine ({@code ../shared/common.yaml}, absolute paths, {@code file:} URLs) and
     * documents over {@code http}/{@code https}. Chosen explicitly ({@code --allow-external-refs},
     * {@code <allowExternalRefs>true</allowExternalRefs>}) for specs split across repositories or servers; the
     * build then depends on those files and servers.
     */
    ANYWHERE
}
