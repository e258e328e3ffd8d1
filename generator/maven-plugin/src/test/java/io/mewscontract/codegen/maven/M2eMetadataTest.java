package io.mewscontract.codegen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The m2e mapping names goals this plugin has, and asks m2e to run them. */
class M2eMetadataTest {

    @Test
    void theMappingCoversThePluginsGoalsOnConfigurationAndIncrementalBuilds() throws Exception {
        Document mapping = read("META-INF/m2e/lifecycle-mapping-metadata.xml");
        // Written by maven-plugin-plugin from the Mojo's annotations, before the tests run.
        Document descriptor = read("META-INF/maven/plugin.xml");

        assertThat(texts(mapping, "goal")).containsExactlyInAnyOrderElementsOf(texts(descriptor, "goal"));
        assertThat(texts(mapping, "runOnIncremental")).containsExactly("true");
        assertThat(texts(mapping, "runOnConfiguration")).containsExactly("true");
    }

    private static Document read(String resource) throws Exception {
        try (InputStream in = M2eMetadataTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    private static List<String> texts(Document document, String element) {
        NodeList nodes = document.getElementsByTagName(element);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }
}
