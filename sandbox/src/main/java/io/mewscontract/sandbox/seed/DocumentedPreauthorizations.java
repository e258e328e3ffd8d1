package io.mewscontract.sandbox.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mewscontract.connector.model.Preauthorization;
import io.mewscontract.docs.DocumentReader;
import io.mewscontract.docs.DocumentedOperation;
import io.mewscontract.docs.JsonExample;
import io.mewscontract.docs.SourceDocument;
import io.mewscontract.runtime.JsonMappers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The preauthorizations the Connector API documents show in their {@code getAllByCustomers} response examples, read
 * from the documents themselves (never retyped), so the sandbox answers a documented customer with what the
 * documents show.
 *
 * <p>The documents disagree: the older ones show two preauthorizations of customer {@code 20725048-…}, the newest
 * the same two ids for customers {@code fadd5bb6-…} and {@code bccdafd1-…}, with more detail. Each
 * (customer, preauthorization id) pair is therefore one seed, so every documented customer gets its documented
 * list; where several documents show the same pair, the first document in file name order wins. Properties the
 * spec does not declare ({@code ReceiptIdentifier}, {@code SequenceCode}, only ever {@code null} in the older
 * examples; see RECONCILIATION.md) are dropped: the sandbox serves the spec's contract.
 */
public final class DocumentedPreauthorizations {
    static final String OPERATION_PATH = "/api/connector/v1/preauthorizations/getAllByCustomers";

    private static volatile @Nullable List<Preauthorization> cached;

    private DocumentedPreauthorizations() {}

    /**
     * The documented preauthorizations, customer by customer in the order the documents first show them.
     *
     * @throws IllegalStateException if the documents cannot be read, or a valid response example does not bind to
     *     the spec's {@code Preauthorization} (the seed would silently miss what the documents show)
     */
    public static List<Preauthorization> read() {
        // The bundled documents never change while the JVM runs: read them once, when first needed (a failure is
        // thrown to the caller as it is, and the next call tries again).
        List<Preauthorization> seeds = cached;
        if (seeds == null) {
            synchronized (DocumentedPreauthorizations.class) {
                seeds = cached;
                if (seeds == null) {
                    seeds = fromDocuments(BundledDocuments.read());
                    cached = seeds;
                }
            }
        }
        return seeds;
    }

    /** The documented preauthorizations of documents given as text, by file name, in the order given. */
    static List<Preauthorization> fromDocuments(Map<String, String> documents) {
        ObjectMapper mapper = JsonMappers.client();
        Map<List<UUID>, Preauthorization> seeds = new LinkedHashMap<>();
        documents.forEach((fileName, text) -> {
            SourceDocument document = DocumentReader.parse(fileName, text);
            Optional<DocumentedOperation> operation = document.operation(OPERATION_PATH);
            for (JsonExample example :
                    operation.map(DocumentedOperation::responseExamples).orElse(List.of())) {
                JsonNode items = example.json()
                        .map(json -> json.get("Preauthorizations"))
                        .orElse(null);
                if (items == null || !items.isArray()) {
                    continue; // an invalid example, or an error body: nothing to seed
                }
                for (JsonNode item : items) {
                    Preauthorization preauthorization = bind(mapper, item, fileName, example.line());
                    seeds.putIfAbsent(List.of(preauthorization.customerId(), preauthorization.id()), preauthorization);
                }
            }
        });
        // Group by customer, keeping each customer's documented order.
        Map<UUID, List<Preauthorization>> byCustomer = new LinkedHashMap<>();
        seeds.values()
                .forEach(p -> byCustomer
                        .computeIfAbsent(p.customerId(), c -> new ArrayList<>())
                        .add(p));
        return byCustomer.values().stream().flatMap(List::stream).toList();
    }

    private static Preauthorization bind(ObjectMapper mapper, JsonNode item, String fileName, int line) {
        Preauthorization read;
        try {
            read = mapper.treeToValue(item, Preauthorization.class);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    "The preauthorization example at " + fileName + ":" + line
                            + " does not match the spec's Preauthorization: " + e.getMessage(),
                    e);
        }
        return Preauthorization.builder()
                .id(read.id())
                .customerId(read.customerId())
                .creditCardId(read.creditCardId())
                .amount(read.amount())
                .state(read.state())
                .reservationId(read.reservationId())
                .code(read.code())
                .isActive(read.isActive())
                .build();
    }
}
