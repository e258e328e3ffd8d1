/**
 * Incremental generation: skip the generator entirely when nothing that decides its output changed.
 *
 * <p>What decides the output is fingerprinted: the spec as the core's loader resolved it (every {@code $ref}
 * followed, so an edit in a referenced file counts and a mere touch does not), the request (package, artifacts,
 * output directory) and the generator itself (its version and the digest of its code, so a rebuilt snapshot
 * counts). Each execution keeps its own fingerprint, next to a manifest of the files it produced; the state is
 * invalidated before the output is touched and written again only after a successful run, so a failed or
 * interrupted run is never taken for an up-to-date one.
 *
 * <p>Loading the spec costs more than everything else a skipped run does, so a cheaper check comes first: a
 * digest of the bytes of the spec and of the files it refers to. Equal bytes need no loading; different bytes
 * are loaded, and the resolved fingerprint decides.
 */
@NullMarked
package io.mewscontract.codegen.maven.incremental;

import org.jspecify.annotations.NullMarked;
