package io.mewscontract.codegen.ir;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An object schema: generated as a record.
 *
 * @param properties the properties in spec order (for an operation request: without the common fields)
 * @param constraints cross-property constraints
 * @param operationRequest the schema is an operation request: {@code allOf} with the common request schema,
 *     whose fields were left out of {@code properties}
 * @param keepsUnknownProperties reachable from a response: properties the spec does not know are kept and
 *     written back
 * @param validatorName the generated validator's class name, or {@code null} when nothing needs checking or
 *     no request reaches the type
 */
public record ObjectType(
        String schemaName,
        String javaName,
        @Nullable String description,
        boolean deprecated,
        List<String> docNames,
        List<Property> properties,
        List<ObjectConstraint> constraints,
        boolean operationRequest,
        boolean keepsUnknownProperties,
        @Nullable String validatorName,
        String pointer)
        implements TypeDef {

    public ObjectType {
        docNames = List.copyOf(docNames);
        properties = List.copyOf(properties);
        constraints = List.copyOf(constraints);
    }

    public Optional<Property> property(String wireName) {
        return properties.stream().filter(p -> p.wireName().equals(wireName)).findFirst();
    }

    public boolean hasSecrets() {
        return properties.stream().anyMatch(Property::secret);
    }

    /**
     * Whether an empty instance exists (every required non-nullable property is a list), which is what a
     * {@code 204 No Content} answer stands for.
     */
    public boolean canBeEmpty() {
        return properties.stream().allMatch(p -> p.javaNullable() || p.type() instanceof TypeRef.ListOf);
    }
}
