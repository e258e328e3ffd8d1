/**
 * The {@link io.mewscontract.service.router.Router} as a Jakarta Servlet,
 * {@link io.mewscontract.service.adapter.servlet.RouterServlet}, for teams that run a servlet container (Spring
 * Boot, Jetty, Tomcat, Quarkus). The servlet API is {@code provided} by the container.
 */
@NullMarked
package io.mewscontract.service.adapter.servlet;

import org.jspecify.annotations.NullMarked;
