/**
 * JUnit 5 support for testing an integration against the sandbox: {@link
 * io.mewscontract.sandbox.junit.MewsSandboxExtension} (or the {@link io.mewscontract.sandbox.junit.MewsSandbox}
 * annotation) starts one per test or per class and injects a {@code MewsConnectorClient}, the base {@code URI},
 * the {@link io.mewscontract.sandbox.SandboxClock}, the {@link io.mewscontract.sandbox.junit.RecordedExchanges}
 * and the {@code Sandbox} itself; {@link io.mewscontract.sandbox.junit.TestData} builds data to seed it with.
 */
@NullMarked
package io.mewscontract.sandbox.junit;

import org.jspecify.annotations.NullMarked;
