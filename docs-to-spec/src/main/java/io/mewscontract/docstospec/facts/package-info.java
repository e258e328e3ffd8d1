/**
 * Contract facts of a spec (operations, schemas, properties, required, nullable, types, formats, constraints, enum
 * values, vendor extensions), flattened so that two specs can be compared fact by fact.
 */
@NullMarked
package io.mewscontract.docstospec.facts;

import org.jspecify.annotations.NullMarked;
