package io.mewscontract.codegen.ir;

import java.util.List;

/** Behaviour of an operation beyond request in, response out, declared by a vendor extension. */
public sealed interface Trait {

    /**
     * {@code x-mews-pagination}: the request's {@code Limitation {Count, Cursor}} pages through the response's
     * {@code items} list, linked by the response's {@code Cursor}.
     *
     * @param limitation the request property holding the limitation (required)
     * @param limitationType schema name of the limitation's object type
     * @param count the limitation's page size property
     * @param cursor the limitation's cursor property
     * @param responseCursor the response's cursor property (same type as {@code cursor})
     * @param items the response's item list property
     * @param itemType the type of one item
     * @param streamMethodName the client method returning every item lazily across pages
     * @param otherLists further lists a page carries (related objects), beside the primary {@code items}
     * @param pagesMethodName the client method returning whole pages lazily; null when a page has one list
     */
    record Paginated(
            Property limitation,
            String limitationType,
            Property count,
            Property cursor,
            Property responseCursor,
            Property items,
            TypeRef itemType,
            String streamMethodName,
            List<Property> otherLists,
            @org.jspecify.annotations.Nullable String pagesMethodName)
            implements Trait {
        public Paginated {
            otherLists = List.copyOf(otherLists);
        }
    }

    /**
     * {@code x-mews-batch}: a read whose id list has at most {@code maxItems} entries; a client splits longer
     * lists into chunks and concatenates the response lists in input order.
     *
     * @param ids the request's id list property
     * @param maxItems the id list's {@code maxItems}
     * @param items the response's result list property
     */
    record Batched(Property ids, int maxItems, Property items) implements Trait {}
}
