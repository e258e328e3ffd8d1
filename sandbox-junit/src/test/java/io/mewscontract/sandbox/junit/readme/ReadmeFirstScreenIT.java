package io.mewscontract.sandbox.junit.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.testing.maven.FixtureProject;
import io.mewscontract.testing.maven.MavenRun;
import io.mewscontract.testing.maven.Settings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's promise to integration teams, kept by a real build: a project made of nothing but a bare pom and
 * what the README's "Use the client from your project" section shows (its XML pasted into the pom, each Java block
 * a source file) builds with the Maven running this build and its tests pass against the sandbox.
 */
class ReadmeFirstScreenIT {

    static final String SECTION = "## Use the client from your project";
    /** The first screen: the section must fit it, or teams scroll past what they came for. */
    static final int MAX_SECTION_LINES = 60;

    private static final Pattern BLOCK = Pattern.compile("(?ms)^```(xml|java)\\n(.*?)^```$");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");
    private static final Pattern TYPE = Pattern.compile("(?m)^(?:public )?(?:final )?class (\\w+)");

    @Test
    void aProjectWrittenFromTheFirstScreenBuildsAndItsTestsPassAgainstTheSandbox() throws Exception {
        String section = section(Files.readString(readme(), StandardCharsets.UTF_8));
        assertThat(section.lines().count()).as("lines of the section").isLessThanOrEqualTo(MAX_SECTION_LINES);
        List<String[]> blocks = blocks(section);
        List<String> xml = blocks.stream()
                .filter(block -> block[0].equals("xml"))
                .map(block -> block[1])
                .toList();
        List<String> java = blocks.stream()
                .filter(block -> block[0].equals("java"))
                .map(block -> block[1])
                .toList();
        assertThat(xml).as("the section's pom snippet").hasSize(1);
        assertThat(xml.get(0))
                .as("the README names this build's version")
                .contains("<version>" + property("it.token.project.version") + "</version>");
        assertThat(java).as("the section's code and test").hasSizeGreaterThanOrEqualTo(2);

        // The nested build's repositories: this build's local repository first, then Maven Central for the plugin
        // versions a bare pom gets by default (which no pom of this repository names, so may not be there).
        Path work = Path.of(property("it.work"));
        Path settings = Settings.repositories(
                work.resolve("readme-settings.xml"),
                List.of(
                        new Settings.Repository(
                                "outer-build-local-repository",
                                Path.of(property("it.mirror")).toUri().toString(),
                                false),
                        Settings.CENTRAL));
        FixtureProject project = FixtureProject.copy(
                Path.of(property("it.fixtures")).resolve("readme-consumer"),
                work.resolve("readme-consumer"),
                Path.of(property("it.repo")),
                settings,
                path -> true,
                true);
        project.replace("pom.xml", "<!-- README FIRST SCREEN -->", xml.get(0));
        int tests = 0;
        for (String source : java) {
            boolean test = source.contains("@Test");
            tests += source.split("@Test\\b", -1).length - 1;
            Path file = project.path((test ? "src/test/java/" : "src/main/java/")
                    + group(PACKAGE, source).replace('.', '/') + "/" + group(TYPE, source) + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source, StandardCharsets.UTF_8);
        }
        assertThat(tests).as("@Test methods in the section").isPositive();

        MavenRun run = project.mvnSucceeds("test");

        // Maven 3.8's default Surefire would run no JUnit 5 test at all, and still succeed: count them.
        assertThat(run.log()).as(run::tail).contains("Tests run: " + tests + ", Failures: 0, Errors: 0, Skipped: 0");
        assertThat(run.hasStackTrace()).as(run::tail).isFalse();
    }

    @Test
    void theBlocksAreFoundAndAnotherHeadingEndsTheSection() {
        String readme = "# x\n" + SECTION + "\ntext\n```xml\n<a/>\n```\n```java\nclass A {}\n```\n## Next\n"
                + "```java\nno\n```\n";
        List<String[]> blocks = blocks(section(readme));
        assertThat(blocks)
                .extracting(block -> block[0] + ":" + block[1])
                .containsExactly("xml:<a/>\n", "java:class A {}\n");
    }

    static String section(String readme) {
        int start = readme.indexOf(SECTION + "\n");
        assertThat(start).as("the README has the section '%s'", SECTION).isNotNegative();
        int end = readme.indexOf("\n## ", start + SECTION.length());
        return readme.substring(start, end < 0 ? readme.length() : end + 1);
    }

    static List<String[]> blocks(String section) {
        List<String[]> blocks = new ArrayList<>();
        Matcher matcher = BLOCK.matcher(section);
        while (matcher.find()) {
            blocks.add(new String[] {matcher.group(1), matcher.group(2)});
        }
        return blocks;
    }

    private static String group(Pattern pattern, String source) {
        Matcher matcher = pattern.matcher(source);
        assertThat(matcher.find()).as("%s in:%n%s", pattern, source).isTrue();
        return matcher.group(1);
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        assertThat(value)
                .as("system property %s (set by the failsafe configuration)", name)
                .isNotBlank();
        return value;
    }

    private static Path readme() {
        return Path.of(System.getProperty("mews.project.root", "..")).resolve("README.md");
    }
}
