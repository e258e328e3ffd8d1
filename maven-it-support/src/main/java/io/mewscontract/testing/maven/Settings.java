package io.mewscontract.testing.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The {@code settings.xml} of a nested build: which repositories it may use. */
public final class Settings {

    /**
     * A remote repository of a nested build.
     *
     * @param id its id; {@code central} replaces Maven Central, which otherwise stays last
     * @param url where it is ({@code file:} URLs for repositories on this machine)
     * @param snapshots whether snapshots are taken from it
     */
    public record Repository(String id, String url, boolean snapshots) {}

    /** Maven Central, by its usual address. */
    public static final Repository CENTRAL = new Repository("central", "https://repo.maven.apache.org/maven2", false);

    private Settings() {}

    /**
     * Settings whose one mirror, for every repository, is {@code repository} (typically the local repository of
     * the build running the tests): no network, and {@code ~/.m2} is never written.
     */
    public static Path mirrorOnly(Path file, Path repository) throws IOException {
        String url = repository.toUri().toString();
        String mirror = "  <mirrors>\n    <mirror>\n      <id>outer-build-local-repository</id>\n"
                + "      <mirrorOf>*</mirrorOf>\n      <url>" + url + "</url>\n    </mirror>\n  </mirrors>\n";
        return write(file, mirror, List.of(new Repository("central", url, false)));
    }

    /** Settings with exactly these repositories, searched in order for dependencies and plugins. */
    public static Path repositories(Path file, List<Repository> repositories) throws IOException {
        return write(file, "", repositories);
    }

    /** A local repository keeps no checksums for what it installed itself: checksums are not asked for. */
    private static Path write(Path file, String mirrors, List<Repository> repositories) throws IOException {
        StringBuilder repos = new StringBuilder();
        StringBuilder plugins = new StringBuilder();
        for (Repository repository : repositories) {
            String body = "          <id>" + repository.id() + "</id>\n"
                    + "          <url>" + repository.url() + "</url>\n"
                    + "          <releases><checksumPolicy>ignore</checksumPolicy></releases>\n"
                    + "          <snapshots><enabled>" + repository.snapshots()
                    + "</enabled><checksumPolicy>ignore</checksumPolicy></snapshots>\n";
            repos.append("        <repository>\n").append(body).append("        </repository>\n");
            plugins.append("        <pluginRepository>\n").append(body).append("        </pluginRepository>\n");
        }
        String text = "<settings>\n" + mirrors
                + "  <profiles>\n    <profile>\n      <id>test-repositories</id>\n"
                + "      <repositories>\n" + repos + "      </repositories>\n"
                + "      <pluginRepositories>\n" + plugins + "      </pluginRepositories>\n"
                + "    </profile>\n  </profiles>\n"
                + "  <activeProfiles>\n    <activeProfile>test-repositories</activeProfile>\n  </activeProfiles>\n"
                + "</settings>\n";
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
