package io.mewscontract.sandbox.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A fresh sandbox for every test of the annotated class, with the defaults of {@link MewsSandboxExtension}: test
 * methods (and constructors, lifecycle methods) take a {@code MewsConnectorClient}, the base {@code URI}, the
 * {@code SandboxClock}, the {@link RecordedExchanges} or the {@code Sandbox} as parameters. To configure it (one
 * sandbox per class, a start time, seeded data), register {@link MewsSandboxExtension} in a field instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(MewsSandboxExtension.class)
public @interface MewsSandbox {}
