/**
 * The {@link io.mewscontract.connector.server.router.Router} on the JDK's built-in HTTP server: the embedded default, with
 * no dependency beyond the JDK. {@link io.mewscontract.connector.server.adapter.jdk.JdkRouterServer} starts one;
 * {@link io.mewscontract.connector.server.adapter.jdk.RouterHttpHandler} mounts the router on an {@code HttpServer} you
 * manage yourself.
 */
@NullMarked
package io.mewscontract.connector.server.adapter.jdk;

import org.jspecify.annotations.NullMarked;
