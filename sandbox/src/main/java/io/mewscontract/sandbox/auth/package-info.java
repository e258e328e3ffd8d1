/**
 * Who may call the sandbox: the published demo token pairs and configured ones
 * ({@link io.mewscontract.sandbox.auth.TokenRegistry}, the router's authenticator), each with the enterprises it
 * covers ({@link io.mewscontract.sandbox.auth.AccessGrant}). Tokens are secrets everywhere in this package: no
 * {@code toString()} or message prints one.
 */
@NullMarked
package io.mewscontract.sandbox.auth;

import org.jspecify.annotations.NullMarked;
