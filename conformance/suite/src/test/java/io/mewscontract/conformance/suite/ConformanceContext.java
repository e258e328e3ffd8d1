package io.mewscontract.conformance.suite;

import io.mewscontract.docs.CheckoutLayout;
import io.mewscontract.conformance.checks.ContractValidator;
import io.mewscontract.conformance.checks.DocumentSet;
import io.mewscontract.conformance.checks.Reconciliation;
import io.mewscontract.conformance.checks.SpecModel;
import io.mewscontract.docs.SourceDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What one conformance run judges and by what: a spec (the project's, or a negative control's edited copy), the
 * documents and RECONCILIATION.md, each read once.
 */
record ConformanceContext(Path specFile, SpecModel spec, ContractValidator validator, Reconciliation reconciliation,
        List<SourceDocument> documents) {

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
            return new ConformanceContext(specFile, SpecModel.load(specFile), new ContractValidator(specFile),
                    Reconciliation.read(CheckoutLayout.reconciliation()), DocumentSet.read(CheckoutLayout.documents()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document whose id is {@code id}, e.g. {@code 004}. */
    SourceDocument document(String id) {
        return documents.stream().filter(d -> DocumentSet.idOf(d).equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No document " + id + " in " + CheckoutLayout.documents()));
    }
}
