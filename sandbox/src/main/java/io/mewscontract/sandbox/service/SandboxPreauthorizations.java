package io.mewscontract.sandbox.service;

import io.mewscontract.connector.model.PreauthorizationResult;
import io.mewscontract.connector.model.PreauthorizationsByCustomersParameters;
import io.mewscontract.connector.server.PreauthorizationsService;
import io.mewscontract.runtime.RequestContext;
import io.mewscontract.sandbox.store.PreauthorizationStore;
import java.util.Objects;

/**
 * The {@code preauthorizations} operation over the {@link PreauthorizationStore}: the preauthorizations of the
 * listed customers, customer by customer in the order listed. A customer without preauthorizations, or one the
 * sandbox does not know, contributes none (the sandbox keeps no separate customer register to tell them apart).
 * Every token sees the same customers.
 */
public final class SandboxPreauthorizations implements PreauthorizationsService {
    private final PreauthorizationStore store;

    public SandboxPreauthorizations(PreauthorizationStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public PreauthorizationResult getAllByCustomers(
            PreauthorizationsByCustomersParameters request, RequestContext context) {
        return PreauthorizationResult.builder()
                .preauthorizations(store.byCustomers(request.customerIds()))
                .build();
    }
}
