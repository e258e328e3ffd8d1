/**
 * The data the sandbox starts with: the preauthorizations of the documents' response examples
 * ({@link io.mewscontract.sandbox.seed.DocumentedPreauthorizations}, read from the bundled documents at start), and
 * optional, deterministic synthetic customers ({@link io.mewscontract.sandbox.seed.SyntheticData}).
 */
@NullMarked
package io.mewscontract.sandbox.seed;

import org.jspecify.annotations.NullMarked;
