package io.mewscontract.connector.server.router;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.connector.server.testapi.Bodies;
import io.mewscontract.connector.server.testapi.ScriptedItems;
import io.mewscontract.connector.server.testapi.TestApi;
import io.mewscontract.runtime.OperationDescriptor;
import io.mewscontract.runtime.ServerOperation;
import io.mewscontract.runtime.WireProperty;
import io.mewscontract.runtime.WireShapes;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The router names offending properties from the descriptor's {@link WireShapes} (generated from the spec), not from
 * the records' annotations: a table whose shapes say something the annotations do not changes the answer.
 */
class RequestShapesTest {

    /** {@code Limitation} left out: Jackson stops there; the shapes name every other required property too. */
    private static final String WITHOUT_LIMITATION = "{" + Bodies.COMMON + "}";

    private final ScriptedItems items = new ScriptedItems();

    private static OperationDescriptor<TestApi.GetAllRequest, TestApi.Page> getAllWith(WireShapes shapes) {
        OperationDescriptor<TestApi.GetAllRequest, TestApi.Page> d = TestApi.GET_ALL;
        return new OperationDescriptor<>(
                d.operationId(),
                d.resourceGroup(),
                d.name(),
                d.path(),
                d.kind(),
                d.requestType(),
                d.responseType(),
                d.validator(),
                d.commonFieldsValidator(),
                d.noContentResult(),
                shapes);
    }

    private String answer(WireShapes shapes, String body) throws IOException {
        Router router = Router.of(ServerOperation.tableOf(new ServerOperation<>(getAllWith(shapes), items::getAll)));
        RouterResponse response = router.handle(RouterTest.post(TestApi.GET_ALL_PATH, body));
        RouterTest.assertError(response, 400);
        return RouterTest.errorMessage(response);
    }

    @Test
    void everyMissingRequiredPropertyTheShapesKnowIsNamed() throws IOException {
        WireShapes statesRequiredToo = type -> type == TestApi.GetAllRequest.class
                ? List.of(
                        new WireProperty("Limitation", true, false, TestApi.Limitation.class),
                        new WireProperty("States", true, false, null))
                : TestApi.GET_ALL.requestShapes().propertiesOf(type);

        assertThat(answer(TestApi.GET_ALL.requestShapes(), WITHOUT_LIMITATION))
                .isEqualTo("Missing required property 'Limitation'");
        // The annotations say States is optional; the answer follows the shapes.
        assertThat(answer(statesRequiredToo, WITHOUT_LIMITATION))
                .isEqualTo("Missing required properties 'Limitation', 'States'");
    }

    @Test
    void unknownPropertiesAreJudgedByTheShapesWireNames() throws IOException {
        String body = "{" + Bodies.COMMON + ",\"Limitation\":{\"Count\":1,\"Page\":2},\"Extra\":1}";
        assertThat(answer(TestApi.GET_ALL.requestShapes(), body))
                .isEqualTo("Unknown properties 'Limitation.Page', 'Extra'");
        // Negative control: shapes that describe nothing cannot tell declared names from unknown ones.
        assertThat(answer(WireShapes.NONE, body)).isNotEqualTo("Unknown properties 'Limitation.Page', 'Extra'");
    }
}
