package io.mewscontract.connector.server.adapter.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.connector.server.adapter.AdapterContract;
import io.mewscontract.connector.server.testapi.Bodies;
import io.mewscontract.connector.server.testapi.TestApi;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The router as a servlet inside a real embedded Jetty 12 (ee10), over real loopback HTTP. */
class RouterServletTest extends AdapterContract {

    private Server jetty;

    @BeforeEach
    void start() throws Exception {
        jetty = startJetty(new RouterServlet(router), "/", "/*");
    }

    @AfterEach
    void stop() throws Exception {
        jetty.stop();
    }

    @Override
    protected URI baseUri() {
        return URI.create("http://127.0.0.1:" + port(jetty));
    }

    /** Mounted as a team would mount it in an existing application: under a context path, for the API's paths only. */
    @Nested
    class UnderAContextPathAndAnApiMapping {
        private Server mounted;

        @BeforeEach
        void start() throws Exception {
            mounted = startJetty(new RouterServlet(router), "/mews", "/api/connector/v1/*");
        }

        @AfterEach
        void stop() throws Exception {
            mounted.stop();
        }

        @Test
        void theRouterSeesTheContextRelativePath() throws Exception {
            HttpResponse<String> response = send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port(mounted) + "/mews" + TestApi.GET_ALL_PATH))
                    .POST(HttpRequest.BodyPublishers.ofString(Bodies.getAll(2)))
                    .build());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(((TestApi.GetAllRequest) items.requests.get(0))
                            .limitation()
                            .count())
                    .isEqualTo(2);
        }

        @Test
        void unknownOperationsUnderTheMappingAreTheRouters404() throws Exception {
            HttpResponse<String> response = send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port(mounted) + "/mews/api/connector/v1/items/nothing"))
                    .POST(HttpRequest.BodyPublishers.ofString(Bodies.getAll(2)))
                    .build());
            assertErrorShape(response, 404);
        }
    }

    private static Server startJetty(RouterServlet servlet, String contextPath, String mapping) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler(contextPath);
        context.addServlet(new ServletHolder(servlet), mapping);
        server.setHandler(context);
        server.start();
        return server;
    }

    private static int port(Server server) {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }
}
