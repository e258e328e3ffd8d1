package io.mewscontract.connector.server.testapi;

import io.mewscontract.runtime.RequestContext;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;

/**
 * An {@link TestApi.ItemsService} whose answers a test sets, and which records every call it receives (so a test
 * can tell whether the router reached the implementation, and with which context).
 */
public final class ScriptedItems implements TestApi.ItemsService {
    public volatile BiFunction<TestApi.GetAllRequest, RequestContext, TestApi.Page> getAll =
            (request, context) -> new TestApi.Page(List.of(), null);
    public volatile BiFunction<TestApi.AddRequest, RequestContext, TestApi.AddResult> add =
            (request, context) -> new TestApi.AddResult(List.of());

    public final List<Object> requests = new CopyOnWriteArrayList<>();
    public final List<RequestContext> contexts = new CopyOnWriteArrayList<>();

    @Override
    public TestApi.Page getAll(TestApi.GetAllRequest request, RequestContext context) {
        requests.add(request);
        contexts.add(context);
        return getAll.apply(request, context);
    }

    @Override
    public TestApi.AddResult add(TestApi.AddRequest request, RequestContext context) {
        requests.add(request);
        contexts.add(context);
        return add.apply(request, context);
    }
}
