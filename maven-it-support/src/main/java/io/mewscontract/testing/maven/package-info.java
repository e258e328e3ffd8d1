/** Real, nested Maven builds of fixture projects, for integration tests. */
@NullMarked
package io.mewscontract.testing.maven;

import org.jspecify.annotations.NullMarked;
