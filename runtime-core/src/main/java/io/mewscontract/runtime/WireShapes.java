package io.mewscontract.runtime;

import java.util.List;

/**
 * The wire properties of the records a request body binds to, generated from the spec (the generated
 * {@code RequestShapes}) and carried by each {@link OperationDescriptor}: the common fields' record, the operation's
 * own request record and every record reachable from it.
 */
@FunctionalInterface
public interface WireShapes {

    /** Describes no record: a server then names offending properties only by the path where binding stopped. */
    WireShapes NONE = recordType -> List.of();

    /** The properties of {@code recordType} in spec order; empty for a type this does not describe. */
    List<WireProperty> propertiesOf(Class<?> recordType);
}
