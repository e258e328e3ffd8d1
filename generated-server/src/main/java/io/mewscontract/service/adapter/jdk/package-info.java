/**
 * The {@link io.mewscontract.service.router.Router} on the JDK's built-in HTTP server: the embedded default, with
 * no dependency beyond the JDK. {@link io.mewscontract.service.adapter.jdk.JdkRouterServer} starts one;
 * {@link io.mewscontract.service.adapter.jdk.RouterHttpHandler} mounts the router on an {@code HttpServer} you
 * manage yourself.
 */
@NullMarked
package io.mewscontract.service.adapter.jdk;

import org.jspecify.annotations.NullMarked;
