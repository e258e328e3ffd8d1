package io.mewscontract.codegen.load;

import io.mewscontract.codegen.ReferenceScope;
import io.mewscontract.codegen.SpecException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which documents a spec may pull in, before anything is read: with {@link ReferenceScope#SPEC_DIRECTORY}
 * (the default) only files under the spec's own directory (after following symbolic links); a URL (any scheme,
 * {@code //host}), an absolute path or a path leading out of the directory is refused with the pointer of the
 * {@code $ref}. A spec is input from outside: generating code must not fetch from the network or read arbitrary
 * files of the machine that runs the build unless the person running it said so ({@link ReferenceScope#ANYWHERE}).
 * Even then only {@code http}, {@code https} and {@code file} are followed, and a remote document cannot lead
 * back to local files.
 */
final class ReferenceGuard {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Set<String> REMOTE = Set.of("http", "https");

    private final Path root;
    private final ReferenceScope scope;

    /** @param realSpec the spec file, symbolic links followed */
    ReferenceGuard(Path realSpec, ReferenceScope scope) {
        this.root = java.util.Objects.requireNonNull(realSpec.getParent(), "a file has a directory");
        this.scope = scope;
    }

    static boolean isRemote(URI document) {
        return document.getScheme() != null
                && REMOTE.contains(document.getScheme().toLowerCase(Locale.ROOT));
    }

    /**
     * The document (a {@code file:} URI of a real path, or an {@code http(s):} URI) that {@code location}, the
     * part of a {@code $ref} before {@code #}, names when written in {@code from}.
     *
     * @param shownAs the file errors name (the referring file, or the spec for a remote referrer)
     * @throws SpecException naming {@code shownAs} and the pointer of the {@code $ref} when it may not be followed
     */
    URI target(URI from, Path shownAs, String location, String ref, Pointer at) throws SpecException, IOException {
        if (isRemote(from)) {
            return remoteTarget(from, shownAs, location, ref, at);
        }
        boolean anywhere = scope == ReferenceScope.ANYWHERE;
        if (SCHEME.matcher(location).find() && !Path.of(location).isAbsolute()) {
            if (!anywhere) {
                throw refused(
                        shownAs,
                        at,
                        "The reference " + ref + " names a URL; references are followed only"
                                + " within the spec and to files under its directory, never over the network (an explicit"
                                + " option allows more: --allow-external-refs, or the Maven parameter allowExternalRefs)");
            }
            URI uri = uri(location, shownAs, at);
            if (isRemote(uri)) {
                return withoutFragment(uri);
            }
            if (!"file".equalsIgnoreCase(uri.getScheme())) {
                throw refused(
                        shownAs,
                        at,
                        "The reference " + ref + " uses the scheme " + uri.getScheme()
                                + "; only http, https and file are followed");
            }
            return file(Path.of(withoutFragment(uri)), shownAs, ref, at);
        }
        if (location.startsWith("//") || location.startsWith("\\\\")) {
            throw refused(
                    shownAs,
                    at,
                    "The reference " + ref + " names a URL without a scheme; "
                            + (anywhere
                                    ? "write http:// or https://"
                                    : "references are followed only within the spec and"
                                            + " to files under its directory, never over the network"));
        }
        String path = decode(location, shownAs, at);
        if (!anywhere
                && (path.startsWith("/")
                        || path.startsWith("\\")
                        || Path.of(path).isAbsolute())) {
            throw refused(
                    shownAs,
                    at,
                    "The reference " + ref + " is an absolute path; refer to files by a path"
                            + " relative to the referring file, under the spec's directory");
        }
        Path directory = java.util.Objects.requireNonNull(Path.of(from).getParent(), "a file has a directory");
        return file(directory.resolve(path).normalize(), shownAs, ref, at);
    }

    private URI file(Path target, Path shownAs, String ref, Pointer at) throws SpecException, IOException {
        Path realTarget;
        try {
            realTarget = target.toRealPath();
        } catch (NoSuchFileException e) {
            throw new SpecException(
                    SpecException.Kind.INVALID,
                    shownAs,
                    at.value(),
                    "The reference " + ref + " names a file that does not exist: " + target);
        }
        if (scope == ReferenceScope.SPEC_DIRECTORY && !realTarget.startsWith(root)) {
            throw refused(
                    shownAs,
                    at,
                    "The reference " + ref + " leads out of the spec's directory " + root
                            + "; only files under it are read (allowed explicitly with --allow-external-refs or the Maven"
                            + " parameter allowExternalRefs)");
        }
        if (!Files.isRegularFile(realTarget)) {
            throw new SpecException(
                    SpecException.Kind.INVALID, shownAs, at.value(), "The reference " + ref + " does not name a file");
        }
        return realTarget.toUri();
    }

    private static URI remoteTarget(URI from, Path shownAs, String location, String ref, Pointer at)
            throws SpecException {
        URI target = from.resolve(uri(location, shownAs, at));
        if (!isRemote(target)) {
            throw refused(
                    shownAs,
                    at,
                    "The reference " + ref + " in " + from + " leads to " + target
                            + "; a remote document may refer only to other http or https documents");
        }
        return withoutFragment(target);
    }

    private static URI withoutFragment(URI uri) {
        try {
            return new URI(uri.getScheme(), uri.getSchemeSpecificPart(), null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("A URI without its fragment is a URI", e);
        }
    }

    private static URI uri(String location, Path shownAs, Pointer at) throws SpecException {
        try {
            return new URI(location.replace(" ", "%20"));
        } catch (URISyntaxException e) {
            throw new SpecException(
                    SpecException.Kind.INVALID,
                    shownAs,
                    at.value(),
                    "The reference " + location + " is not a valid URI reference: " + e.getReason());
        }
    }

    private static String decode(String location, Path shownAs, Pointer at) throws SpecException {
        if (!location.contains("%")) {
            return location;
        }
        String path = uri(location, shownAs, at).getPath();
        return path == null ? location : path;
    }

    private static SpecException refused(Path file, Pointer at, String message) {
        return new SpecException(SpecException.Kind.UNSUPPORTED, file, at.value(), message);
    }
}
