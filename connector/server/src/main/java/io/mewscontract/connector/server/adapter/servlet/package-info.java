/**
 * The {@link io.mewscontract.connector.server.router.Router} as a Jakarta Servlet,
 * {@link io.mewscontract.connector.server.adapter.servlet.RouterServlet}, for teams that run a servlet container (Spring
 * Boot, Jetty, Tomcat, Quarkus). The servlet API is {@code provided} by the container.
 */
@NullMarked
package io.mewscontract.connector.server.adapter.servlet;

import org.jspecify.annotations.NullMarked;
