package io.mewscontract.connector.client.http;

import static io.mewscontract.connector.client.testing.TestApi.ADD_ITEMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mewscontract.connector.client.MewsConnectorClient;
import io.mewscontract.connector.client.error.InvalidRequestException;
import io.mewscontract.connector.client.testing.Clients;
import io.mewscontract.connector.client.testing.LocalServer;
import io.mewscontract.connector.client.testing.TestApi;
import io.mewscontract.connector.client.testing.TestApi.ItemsRequest;
import io.mewscontract.connector.client.testing.TestApi.ItemsResult;
import io.mewscontract.connector.client.testing.VirtualTime;
import io.mewscontract.runtime.CommonRequestFields;
import io.mewscontract.runtime.OperationDescriptor;
import io.mewscontract.runtime.Validator;
import io.mewscontract.runtime.Violation;
import io.mewscontract.runtime.WireShapes;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every violation is reported at once, with its path, and nothing is sent. */
class ValidationBeforeSendingTest {

    private final LocalServer server = LocalServer.start();
    private final MewsConnectorClient client =
            Clients.builder(server, new VirtualTime()).build();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void allViolationsOfTheRequestInOneExceptionAndNothingSent() {
        List<UUID> fourIds = Collections.nCopies(4, UUID.randomUUID());

        InvalidRequestException failure = catchThrowableOfType(
                InvalidRequestException.class, () -> client.exchange(ADD_ITEMS, new ItemsRequest(fourIds, "too long")));

        assertThat(failure.violations())
                .containsExactly(
                        new Violation("$.Note", "must be at most 5 characters long"),
                        new Violation("$.Ids", "must hold at most 3 items"));
        assertThat(failure.getMessage()).contains("addItems").contains("$.Note").contains("$.Ids");
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void theConfiguredCommonFieldsAreCheckedByTheOperationsValidator() {
        Validator<CommonRequestFields> strict = (fields, path, context) -> {
            if (fields.languageCode() == null) {
                context.add(path + ".LanguageCode", "is required by this test");
            }
        };
        OperationDescriptor<ItemsRequest, ItemsResult> operation = new OperationDescriptor<>(
                "addItems",
                "items",
                "add",
                ADD_ITEMS.path(),
                ADD_ITEMS.kind(),
                ItemsRequest.class,
                ItemsResult.class,
                TestApi.ITEMS_VALIDATOR,
                strict,
                null,
                WireShapes.NONE);

        InvalidRequestException failure = catchThrowableOfType(
                InvalidRequestException.class, () -> client.exchange(operation, ItemsRequest.of(List.of())));

        assertThat(failure.violations()).containsExactly(new Violation("$.LanguageCode", "is required by this test"));
        assertThat(server.requestCount()).isZero();
    }
}
