/**
 * The project's main job in one run: {@link io.mewscontract.demo.Demo} starts the sandbox, drives every operation
 * through the generated client and prints what happened.
 */
@NullMarked
package io.mewscontract.demo;

import org.jspecify.annotations.NullMarked;
