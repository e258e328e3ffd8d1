package io.mewscontract.codegen.maven;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.project.MavenProject;
import org.jspecify.annotations.Nullable;

/**
 * Which execution of this plugin writes into which directory, per project and build.
 *
 * <p>The generator deletes every generated file of its output directory that its run did not produce. Two
 * executions sharing a directory would therefore delete each other's files on every build, and each would
 * regenerate on the next: the claim makes that a configuration error instead.
 */
final class OutputClaims {

    private static final String KEY = OutputClaims.class.getName();

    private OutputClaims() {}

    /**
     * Records that {@code executionId} writes into {@code directory}.
     *
     * @return the other execution that already claimed the directory in this build, or null
     */
    static @Nullable String claim(MavenProject project, Path directory, String executionId) {
        Map<String, String> claims = claims(project);
        String previous = claims.putIfAbsent(directory.toString(), executionId);
        return previous == null || previous.equals(executionId) ? null : previous;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> claims(MavenProject project) {
        // Executions of one project run one after another, but a project object may outlive a build (IDEs);
        // only java.lang types are stored, so the map can be shared by any version of this plugin.
        synchronized (project) {
            Object existing = project.getContextValue(KEY);
            if (existing instanceof Map<?, ?> map) {
                return (Map<String, String>) map;
            }
            Map<String, String> claims = new ConcurrentHashMap<>();
            project.setContextValue(KEY, claims);
            return claims;
        }
    }
}
