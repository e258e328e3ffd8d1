package io.mewscontract.spec;

import io.mewscontract.conformance.checks.DocumentSet;
import io.mewscontract.docs.CheckoutLayout;
import io.mewscontract.docs.SourceDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The five source documents in {@code spec/docs}, read once per test run (see {@link DocumentSet#read}). */
final class SourceDocuments {

    private static List<SourceDocument> cached;

    private SourceDocuments() {}

    static synchronized List<SourceDocument> all() {
        if (cached == null) {
            try {
                cached = DocumentSet.read(CheckoutLayout.documents());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cached;
    }
}
