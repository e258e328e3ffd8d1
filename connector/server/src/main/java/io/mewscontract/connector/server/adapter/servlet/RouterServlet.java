package io.mewscontract.connector.server.adapter.servlet;

import io.mewscontract.connector.server.router.Router;
import io.mewscontract.connector.server.router.RouterRequest;
import io.mewscontract.connector.server.router.RouterResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Mounts a {@link Router} in any Jakarta Servlet 6 container: Spring Boot 3 (Tomcat, Jetty or Undertow), Jetty 12,
 * Tomcat 10.1, Quarkus. The servlet API is the container's own ({@code provided} scope).
 *
 * <p>The router sees the request path relative to the web application's context path, not percent-decoded, so map
 * the servlet where the full operation paths arrive intact: {@code /*} or {@code /api/connector/v1/*} in a
 * context of your choice. Every method goes to the router, which answers anything but {@code POST} with its own
 * {@code 405}, {@code Request-Id} and error body.
 *
 * <p>Spring Boot:
 * <pre>{@code
 * @Bean
 * ServletRegistrationBean<RouterServlet> connectorApi(Router router) {
 *     return new ServletRegistrationBean<>(new RouterServlet(router), "/api/connector/v1/*");
 * }
 * }</pre>
 */
public class RouterServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    // Servlets are Serializable for session replication; a servlet is never replicated, and the router need not be.
    private final transient Router router;

    public RouterServlet(Router router) {
        this.router = Objects.requireNonNull(router, "router");
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RouterResponse answer = router.handle(RouterRequest.of(
                request.getMethod(), pathAndQuery(request), headers(request), request.getInputStream()));
        response.setStatus(answer.status());
        answer.headers().forEach((name, value) -> {
            if (name.equalsIgnoreCase("Content-Type")) {
                response.setContentType(value);
            } else {
                response.setHeader(name, value);
            }
        });
        byte[] body = answer.body();
        if (body.length > 0) {
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    /** The context-relative path as sent (not decoded), with the query when there is one. */
    static String pathAndQuery(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        String path = !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
        String query = request.getQueryString();
        return query == null ? path : path + "?" + query;
    }

    private static Map<String, List<String>> headers(HttpServletRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        return headers;
    }
}
