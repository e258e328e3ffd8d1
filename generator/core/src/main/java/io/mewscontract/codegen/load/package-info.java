/**
 * Reads the spec into the intermediate model. The only package that sees swagger-parser types: parsing,
 * turning parser messages into errors with file and JSON pointer, resolving references, applying the spec
 * conventions of DESIGN.md, and refusing unsupported constructs with one clear error each.
 */
@NullMarked
package io.mewscontract.codegen.load;

import org.jspecify.annotations.NullMarked;
