package io.mewscontract.codegen.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mewscontract.codegen.CodeGenerator;
import io.mewscontract.codegen.GenerationRequest;
import io.mewscontract.codegen.testing.FixtureOutput;
import io.mewscontract.codegen.testing.InMemoryCompiler;
import io.mewscontract.codegen.write.GeneratedFile;
import io.mewscontract.runtime.JsonMappers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Spec text that tries to become code: titles, summaries, descriptions, names, enum values, patterns and
 * examples holding comment ends, unicode escapes ({@code \u000a} is a line break to javac, even in a comment),
 * a lone CR, Javadoc tags and JavaPoet placeholders. The generated code compiles with {@code -Werror}, declares
 * none of the classes the texts try to smuggle in, and carries every value exactly.
 */
class HostileStringsTest {

    private static final String PACKAGE = "com.example.hostile";
    private static final ObjectMapper CLIENT = JsonMappers.client();
    private static List<GeneratedFile> files;
    private static InMemoryCompiler.Compiled compiled;

    @BeforeAll
    static void generateAndCompile() throws Exception {
        files = new CodeGenerator("test")
                .render(GenerationRequest.all(
                        HostileSpecTest.fixture("hostile-strings.yaml"), Path.of("unused"), PACKAGE));
        compiled = InMemoryCompiler.compile(files, List.of(), FixtureOutput.freshDirectory("compiled-hostile"));
    }

    @Test
    void noTextBecameADeclaration() {
        for (String injected : List.of(
                "TitleInjected",
                "VersionInjected",
                "SummaryInjected",
                "DescriptionInjected",
                "PropertyInjected",
                "EnumInjected",
                "ValueInjected")) {
            String source = files.stream()
                    .map(f -> new String(f.content(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("\n"));
            assertThat(source).as("the text is kept, as text").contains(injected);
            assertThatThrownBy(() -> compiled.classLoader().loadClass(PACKAGE + ".model." + injected))
                    .isInstanceOf(ClassNotFoundException.class);
        }
    }

    @Test
    void noUnicodeEscapeOrCarriageReturnReachesASourceFile() {
        for (GeneratedFile file : files) {
            String source = new String(file.content(), StandardCharsets.UTF_8);
            assertThat(source).as(file.relativePath()).doesNotContain("\r");
            // The only backslash-u sequences left are escaped ones: an even run of backslashes before the u.
            assertThat(source.replace("\\\\", "")).as(file.relativePath()).doesNotContain("\\u");
        }
    }

    @Test
    void enumValuesAndWireNamesSurviveExactly() throws Exception {
        Class<?> kind = compiled.load(PACKAGE + ".model.Kind");
        Class<?> thing = compiled.load(PACKAGE + ".model.Thing");
        List<String> values = List.of("*/", "\\u000a", "quote \" and backslash \\", "{@code", "$S", "class", "Ünïcode");
        for (String value : values) {
            Object read = kind.getMethod("of", String.class).invoke(null, value);
            assertThat(kind.getMethod("isKnown").invoke(read)).as(value).isEqualTo(true);
            assertThat(kind.getMethod("value").invoke(read)).isEqualTo(value);
        }
        String json = CLIENT.writeValueAsString(
                Map.of("*/ weird \" name", "w", "class", "c", "1st", 1, "Kind", "\\u000a", "Name", "*/ \\u000a"));
        Object record = CLIENT.readValue(json, thing);
        JsonNode back = CLIENT.valueToTree(record);
        assertThat(back).isEqualTo(CLIENT.readTree(json));
        assertThat(thing.getMethod("weirdName").invoke(record)).isEqualTo("w");
        assertThat(thing.getMethod("classValue").invoke(record)).isEqualTo("c");
        assertThat(thing.getMethod("_1st").invoke(record)).isEqualTo(1);
    }
}
