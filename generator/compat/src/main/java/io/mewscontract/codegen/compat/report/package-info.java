/** What users read: the compatibility report, the changelog, and the check of a version bump against it. */
@NullMarked
package io.mewscontract.codegen.compat.report;

import org.jspecify.annotations.NullMarked;
