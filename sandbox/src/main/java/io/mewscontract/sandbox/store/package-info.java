/**
 * The sandbox's state, in memory and thread-safe: the preauthorizations per customer (fixed at start) and the
 * payment requests (added and canceled through the API; {@code Pending} ones expire lazily as the clock passes
 * their expiration).
 */
@NullMarked
package io.mewscontract.sandbox.store;

import org.jspecify.annotations.NullMarked;
