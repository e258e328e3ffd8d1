package io.mewscontract.codegen.ir;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The whole API as the generator sees it.
 *
 * @param specFileName the spec's file name, for the generated files' header
 * @param title the spec's {@code info.title}
 * @param version the spec's {@code info.version}
 * @param commonRequest the fields every request carries
 * @param types every named object and enum type, in spec order
 * @param groups resource groups in order of their first operation in the spec
 * @param clientFacadeName the class giving access to every group's client
 * @param operationTableName the server's operation table class
 * @param operationCatalogName the class listing every operation's descriptor (model side, for client and server)
 * @param replacements for deprecated elements, by JSON pointer: what replaces them ({@code x-mews-replaced-by})
 */
public record ApiModel(
        String specFileName,
        String title,
        String version,
        CommonRequest commonRequest,
        List<TypeDef> types,
        List<ResourceGroup> groups,
        String clientFacadeName,
        String operationTableName,
        String operationCatalogName,
        Map<String, String> replacements) {

    public ApiModel {
        types = List.copyOf(types);
        groups = List.copyOf(groups);
        replacements = Map.copyOf(replacements);
    }

    /** What replaces the deprecated element at {@code pointer}, if the spec says. */
    public Optional<String> replacement(String pointer) {
        return Optional.ofNullable(replacements.get(pointer));
    }

    public Stream<UnionType> unionTypes() {
        return types.stream().filter(UnionType.class::isInstance).map(UnionType.class::cast);
    }

    public TypeDef type(String schemaName) {
        return types.stream()
                .filter(type -> type.schemaName().equals(schemaName))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("No type " + schemaName + " in the model"));
    }

    public ObjectType objectType(String schemaName) {
        return (ObjectType) type(schemaName);
    }

    public Stream<Operation> operations() {
        return groups.stream().flatMap(group -> group.operations().stream());
    }

    public Stream<ObjectType> objectTypes() {
        return types.stream().filter(ObjectType.class::isInstance).map(ObjectType.class::cast);
    }

    public Stream<EnumType> enumTypes() {
        return types.stream().filter(EnumType.class::isInstance).map(EnumType.class::cast);
    }
}
