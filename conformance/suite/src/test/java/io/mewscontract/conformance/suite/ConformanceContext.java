package io.mewscontract.conformance.suite;

import io.mewscontract.conformance.checks.ContractValidator;
import io.mewscontract.conformance.checks.DocumentSet;
import io.mewscontract.conformance.checks.Reconciliation;
import io.mewscontract.docs.CheckoutLayout;
import io.mewscontract.docs.SourceDocument;
import io.mewscontract.docstospec.draft.DraftResult;
import io.mewscontract.docstospec.draft.Drafter;
import io.mewscontract.docstospec.facts.OpenApiFiles;
import io.mewscontract.docstospec.facts.SpecReading;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What one conformance run judges and by what: a spec (the project's, or a negative control's edited copy), the
 * documents (and the drafter's reading of their table rows) and RECONCILIATION.md, each read once.
 */
record ConformanceContext(
        Path specFile,
        SpecReading spec,
        ContractValidator validator,
        Reconciliation reconciliation,
        List<SourceDocument> documents,
        DraftResult draft) {

    private static ConformanceContext project;

    /** The project's own spec, documents and RECONCILIATION.md. */
    static synchronized ConformanceContext project() {
        if (project == null) {
            project = of(CheckoutLayout.spec());
        }
        return project;
    }

    /** Another spec file (a negative control's copy) judged by the project's documents and RECONCILIATION.md. */
    static ConformanceContext of(Path specFile) {
        try {
            return new ConformanceContext(
                    specFile,
                    SpecReading.read(specFile),
                    new ContractValidator(specFile),
                    Reconciliation.read(CheckoutLayout.reconciliation()),
                    DocumentSet.read(CheckoutLayout.documents()),
                    Drafter.draft(List.of(CheckoutLayout.documents())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OpenApiFiles.UnreadableDocumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The document whose id is {@code id}, e.g. {@code 004}. */
    SourceDocument document(String id) {
        return documents.stream()
                .filter(d -> DocumentSet.idOf(d).equals(id))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalArgumentException("No document " + id + " in " + CheckoutLayout.documents()));
    }
}
