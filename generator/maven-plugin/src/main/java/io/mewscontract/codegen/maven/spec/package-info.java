/**
 * Turns the plugin's {@code spec} parameter into a file the generator core can load: a path relative to the
 * module, or a classpath resource of the plugin's dependencies (typically the spec module's jar), which is copied
 * out of its jar together with its sibling resources.
 */
@NullMarked
package io.mewscontract.codegen.maven.spec;

import org.jspecify.annotations.NullMarked;
