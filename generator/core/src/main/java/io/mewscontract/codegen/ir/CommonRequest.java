package io.mewscontract.codegen.ir;

import java.util.List;

/**
 * The {@code x-mews-common-request} schema: fields every request carries. Generated code represents them with
 * the runtime's hand-written {@code CommonRequestFields}; the model keeps them for their constraints.
 *
 * @param schemaName the schema's name ({@code ConnectorRequest})
 * @param properties its properties, each one {@code CommonRequestFields} carries
 * @param constraints cross-property constraints ({@code x-mews-required-together})
 * @param validatorName the generated validator's class name
 */
public record CommonRequest(
        String schemaName, List<Property> properties, List<ObjectConstraint> constraints, String validatorName) {

    public CommonRequest {
        properties = List.copyOf(properties);
        constraints = List.copyOf(constraints);
    }
}
