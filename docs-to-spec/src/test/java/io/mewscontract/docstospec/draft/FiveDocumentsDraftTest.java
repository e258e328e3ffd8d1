package io.mewscontract.docstospec.draft;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.docs.CheckoutLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FiveDocumentsDraftTest {
    @Test
    void draftsTheFiveDocuments() throws Exception {
        DraftResult result = Drafter.draft(List.of(CheckoutLayout.documents()));
        Files.writeString(Path.of("target/five-documents-draft.yaml"), DraftYaml.write(result.openApiWithEvidence()));
        Files.writeString(Path.of("target/five-documents-findings.txt"),
                String.join("\n", result.findings().stream().map(Object::toString).toList()));
        assertThat(result.openApi().path("paths").size()).isEqualTo(4);
    }
}
