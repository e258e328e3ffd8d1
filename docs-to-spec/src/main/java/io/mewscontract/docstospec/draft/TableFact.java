package io.mewscontract.docstospec.draft;

import io.mewscontract.docs.DocumentedProperty;
import io.mewscontract.docs.SourceRef;

/**
 * One table row (or reference-page entry) describing a property, with the type it resolved to.
 *
 * @param source document and line of the row
 * @param property the row as read
 * @param type what the type cell resolved to (a link followed to its heading, a scalar), or unknown
 * @param rule the rule that resolved the type ({@link DraftRules#TYPE_FROM_TABLE} or
 *     {@link DraftRules#TYPE_FROM_LINKED_HEADING})
 */
record TableFact(SourceRef source, DocumentedProperty property, TypeRef type, String rule) {}
