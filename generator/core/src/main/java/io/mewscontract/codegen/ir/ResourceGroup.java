package io.mewscontract.codegen.ir;

import java.util.List;

/**
 * The operations sharing a path's resource segment, with the names of the classes generated for them.
 *
 * @param name the path segment ({@code paymentRequests})
 * @param accessorName the accessor on the client facade ({@code paymentRequests()})
 * @param clientInterfaceName {@code PaymentRequestsClient}
 * @param clientImplementationName the package-private implementation over the transport seam
 * @param serviceInterfaceName {@code PaymentRequestsService}, implemented by servers
 * @param operationsClassName {@code PaymentRequestsOperations}, holding the operation descriptors
 * @param operations in spec order
 */
public record ResourceGroup(
        String name,
        String accessorName,
        String clientInterfaceName,
        String clientImplementationName,
        String serviceInterfaceName,
        String operationsClassName,
        List<Operation> operations) {

    public ResourceGroup {
        operations = List.copyOf(operations);
    }
}
