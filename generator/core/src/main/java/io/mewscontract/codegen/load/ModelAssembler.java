package io.mewscontract.codegen.load;

import io.mewscontract.codegen.ir.ApiModel;
import io.mewscontract.codegen.ir.CommonRequest;
import io.mewscontract.codegen.ir.ObjectType;
import io.mewscontract.codegen.ir.Operation;
import io.mewscontract.codegen.ir.Property;
import io.mewscontract.codegen.ir.ResourceGroup;
import io.mewscontract.codegen.ir.Trait;
import io.mewscontract.codegen.ir.TypeDef;
import io.mewscontract.codegen.ir.TypeRef;
import io.mewscontract.codegen.ir.UnionType;
import io.mewscontract.codegen.load.OperationReader.OperationDraft;
import io.mewscontract.codegen.load.SchemaReader.ObjectDraft;
import io.mewscontract.codegen.load.SchemaReader.Shape;
import io.mewscontract.codegen.naming.JavaNames;
import io.mewscontract.codegen.naming.NameAllocator;
import io.mewscontract.runtime.CommonRequestFields;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns the readers' drafts into the final model: allocates every generated class name up front (in spec
 * order, so clashes resolve deterministically), and decides the facts that need the whole model: which types
 * keep unknown properties (reachable from a response) and get a validator.
 */
final class ModelAssembler {

    /** The fields the runtime's hand-written {@code CommonRequestFields} carries (its one list), by wire name. */
    private static final Map<String, CommonRequestFields.Field> RUNTIME_COMMON_FIELDS =
            CommonRequestFields.FIELDS.stream()
                    .collect(java.util.stream.Collectors.toUnmodifiableMap(
                            CommonRequestFields.Field::wireName, field -> field));

    /** The runtime's {@code ErrorBody}: its wire names, and whether the spec must declare each required. */
    private static final Map<String, Boolean> RUNTIME_ERROR_BODY =
            Map.of("Message", true, "RequestId", false, "Details", false);

    /** Method names a client or service interface must not use for an operation. */
    private static final Set<String> RESERVED_METHOD_NAMES = Set.of(
            "create", "hashCode", "equals", "toString", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

    private final String specFileName;
    private final String title;
    private final String version;
    private final SchemaReader schemas;
    private final List<OperationDraft> operations;
    private final NameAllocator typeNames = NameAllocator.forTypes();
    private Map<String, UnionType> unions = Map.of();

    ModelAssembler(
            String specFileName, String title, String version, SchemaReader schemas, List<OperationDraft> operations) {
        this.specFileName = specFileName;
        this.title = title;
        this.version = version;
        this.schemas = schemas;
        this.operations = operations;
    }

    ApiModel assemble() {
        Map<String, String> javaNames = new LinkedHashMap<>();
        Map<String, ObjectDraft> objects = new LinkedHashMap<>();
        schemas.shapes().forEach((name, shape) -> {
            if (shape == Shape.OBJECT || shape == Shape.ENUM || shape == Shape.UNION) {
                javaNames.put(name, SchemaReader.claim(typeNames, JavaNames.typeName(name), Pointer.schema(name)));
            }
            if (shape == Shape.OBJECT) {
                objects.put(name, schemas.object(name));
            }
        });
        ObjectDraft common = schemas.object(schemas.commonSchemaName());
        checkCommonFields(common);

        List<ResourceGroup> groups = groups();
        UnionReader unionReader = new UnionReader(schemas, schemas.all());
        Map<String, UnionType> unions = new LinkedHashMap<>();
        schemas.shapes().forEach((name, shape) -> {
            if (shape == Shape.UNION) {
                unions.put(name, unionReader.read(name, Objects.requireNonNull(javaNames.get(name))));
            }
        });
        this.unions = unions;
        Set<String> fromRequests = reachable(operations.stream().map(OperationDraft::requestType), objects);
        Set<String> fromResponses = reachable(
                operations.stream()
                        .flatMap(operation -> Stream.concat(
                                Stream.of(operation.responseType()),
                                operation.errors().stream()
                                        .map(e -> e.schemaName())
                                        .filter(java.util.Objects::nonNull))),
                objects);
        Set<String> validated = needValidation(objects);
        Set<String> errorBodies = errorBodies(objects, fromRequests);
        List<TypeDef> types = new ArrayList<>();
        schemas.shapes().forEach((name, shape) -> {
            if (errorBodies.contains(name)) {
                return; // the runtime's ErrorBody, for client, server and sandbox alike
            }
            if (shape == Shape.ENUM) {
                types.add(schemas.enumType(name, Objects.requireNonNull(javaNames.get(name))));
            } else if (shape == Shape.UNION) {
                types.add(unions.get(name));
            } else if (shape == Shape.OBJECT) {
                ObjectDraft draft = Objects.requireNonNull(objects.get(name));
                boolean request = fromRequests.contains(name);
                types.add(new ObjectType(
                        name,
                        Objects.requireNonNull(javaNames.get(name)),
                        draft.description(),
                        draft.deprecated(),
                        draft.docNames(),
                        draft.properties(),
                        draft.constraints(),
                        draft.operationRequest(),
                        fromResponses.contains(name),
                        request && validated.contains(name)
                                ? typeNames.allocate(javaNames.get(name) + "Validator")
                                : null,
                        draft.pointer().value()));
            }
        });
        CommonRequest commonRequest = new CommonRequest(
                common.schemaName(),
                common.properties(),
                common.constraints(),
                typeNames.allocate("CommonRequestFieldsValidator"));
        return new ApiModel(
                specFileName,
                title,
                version,
                commonRequest,
                types,
                groups,
                typeNames.allocate("ConnectorClient"),
                typeNames.allocate("OperationTable"),
                typeNames.allocate("ConnectorOperations"),
                schemas.replacements());
    }

    /**
     * The object schemas used only as error response bodies. They are the runtime's {@code ErrorBody} (one error body
     * type for client, server and sandbox), so no record is generated for them; each must declare the fields
     * {@code ErrorBody} carries, {@code Message} required.
     */
    private Set<String> errorBodies(Map<String, ObjectDraft> objects, Set<String> fromRequests) {
        Set<String> used = new LinkedHashSet<>(fromRequests);
        used.addAll(reachable(operations.stream().map(OperationDraft::responseType), objects));
        objects.values()
                .forEach(o -> o.properties().forEach(p -> named(p.type()).forEach(used::add)));
        unions.values().forEach(u -> u.variants().forEach(v -> used.add(v.schemaName())));
        Set<String> errorBodies = new LinkedHashSet<>();
        operations.forEach(operation -> operation.errors().stream()
                .map(e -> e.schemaName())
                .filter(Objects::nonNull)
                .filter(name -> !used.contains(name) && objects.containsKey(name))
                .forEach(errorBodies::add));
        for (String name : errorBodies) {
            ObjectDraft body = Objects.requireNonNull(objects.get(name));
            for (Property property : body.properties()) {
                Boolean required = RUNTIME_ERROR_BODY.get(property.wireName());
                if (required == null || required && !property.required()) {
                    throw LoadFailure.unsupported(
                            new Pointer(property.pointer()),
                            "Error bodies are the runtime's"
                                    + " ErrorBody, which carries Message (required), RequestId and Details; not "
                                    + (required == null ? property.wireName() : "an optional Message"));
                }
            }
            if (body.properties().stream().noneMatch(p -> p.wireName().equals("Message"))) {
                throw LoadFailure.unsupported(
                        Pointer.schema(name),
                        "Error bodies are the runtime's ErrorBody, which"
                                + " carries Message (required), RequestId and Details; " + name + " has no Message");
            }
        }
        return errorBodies;
    }

    /** The spec's common fields must be ones the runtime's CommonRequestFields carries, equally required. */
    private static void checkCommonFields(ObjectDraft common) {
        for (Property property : common.properties()) {
            Pointer at = new Pointer(property.pointer());
            CommonRequestFields.Field runtimeField = RUNTIME_COMMON_FIELDS.get(property.wireName());
            if (runtimeField == null) {
                throw LoadFailure.unsupported(
                        at,
                        "The runtime's CommonRequestFields has no field "
                                + property.wireName() + "; common fields are "
                                + CommonRequestFields.WIRE_NAMES.stream()
                                        .sorted()
                                        .toList() + " (add a field to the runtime record before using it in the spec)");
            }
            boolean runtimeRequires = runtimeField.required();
            if (runtimeRequires != (property.required() && !property.nullable())) {
                throw LoadFailure.unsupported(
                        at,
                        property.wireName() + " must be "
                                + (runtimeRequires ? "required and not nullable" : "optional")
                                + ", as the runtime's CommonRequestFields has it");
            }
        }
    }

    private List<ResourceGroup> groups() {
        Map<String, List<OperationDraft>> byGroup = new LinkedHashMap<>();
        operations.forEach(operation -> byGroup.computeIfAbsent(operation.group(), g -> new ArrayList<>())
                .add(operation));
        List<ResourceGroup> groups = new ArrayList<>();
        NameAllocator groupNames = NameAllocator.ignoringCase(java.util.Set.of());
        byGroup.forEach((group, drafts) -> {
            String typeName = SchemaReader.claim(
                    groupNames, JavaNames.typeName(group), drafts.get(0).pointer());
            String client = typeNames.allocate(typeName + "Client");
            String implementation = typeNames.allocate("Default" + typeName + "Client");
            String service = typeNames.allocate(typeName + "Service");
            String operationsClass = typeNames.allocate(typeName + "Operations");
            NameAllocator methods = NameAllocator.ignoringCase(RESERVED_METHOD_NAMES);
            NameAllocator constants = new NameAllocator();
            List<Operation> built = new ArrayList<>();
            for (OperationDraft draft : drafts) {
                // A versioned operation (getAll/2023-06-06) is getAll_2023_06_06 beside getAll: told apart at a glance.
                String version = versionSuffix(draft.path());
                String method =
                        SchemaReader.claim(methods, JavaNames.memberName(draft.name()) + version, draft.pointer());
                String async = methods.allocate(method + "Async");
                List<Trait> traits = new ArrayList<>();
                if (draft.pagination() != null) {
                    var p = draft.pagination();
                    traits.add(new Trait.Paginated(
                            p.limitation(),
                            p.limitationType(),
                            p.count(),
                            p.cursor(),
                            p.responseCursor(),
                            p.items(),
                            p.itemType(),
                            methods.allocate(method + "Items"),
                            p.otherLists(),
                            p.otherLists().isEmpty() ? null : methods.allocate(method + "Pages")));
                }
                if (draft.batching() != null) {
                    traits.add(draft.batching());
                }
                built.add(new Operation(
                        draft.operationId(),
                        draft.group(),
                        draft.name(),
                        draft.path(),
                        method,
                        async,
                        constants.allocate(JavaNames.constantName(draft.name()) + version),
                        draft.kind(),
                        draft.summary(),
                        draft.description(),
                        draft.deprecated(),
                        draft.requestType(),
                        draft.responseType(),
                        draft.noContentAllowed(),
                        draft.errors(),
                        traits,
                        draft.pointer().value()));
            }
            groups.add(new ResourceGroup(
                    group, JavaNames.memberName(group), client, implementation, service, operationsClass, built));
        });
        return groups;
    }

    /** {@code _2023_06_06} for a path ending in a version date, else empty. */
    private static String versionSuffix(String path) {
        java.util.regex.Matcher matcher =
                java.util.regex.Pattern.compile("/(\\d{4})-(\\d{2})-(\\d{2})$").matcher(path);
        return matcher.find() ? "_" + matcher.group(1) + "_" + matcher.group(2) + "_" + matcher.group(3) : "";
    }

    /** Named types reachable from {@code roots} through property, list item and map value types, and unions. */
    private Set<String> reachable(Stream<String> roots, Map<String, ObjectDraft> objects) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        roots.forEach(queue::add);
        while (!queue.isEmpty()) {
            String name = queue.poll();
            if (!seen.add(name)) {
                continue;
            }
            ObjectDraft object = objects.get(name);
            if (object != null) {
                object.properties().forEach(p -> named(p.type()).forEach(queue::add));
            }
            UnionType union = unions.get(name);
            if (union != null) {
                union.variants().forEach(variant -> queue.add(variant.schemaName()));
            }
        }
        return seen;
    }

    /**
     * Object types whose values need checking: they declare constraints, hold an open enum (strict servers
     * check membership), or hold a type that needs checking. A fixpoint, so recursive types settle.
     */
    private Set<String> needValidation(Map<String, ObjectDraft> objects) {
        Set<String> needed = new HashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (ObjectDraft object : objects.values()) {
                if (!needed.contains(object.schemaName()) && needsValidation(object, needed)) {
                    needed.add(object.schemaName());
                    changed = true;
                }
            }
        }
        return needed;
    }

    private boolean needsValidation(ObjectDraft object, Set<String> needed) {
        if (!object.constraints().isEmpty()) {
            return true;
        }
        for (Property property : object.properties()) {
            if (!property.constraints().isEmpty()
                    || hasItemConstraints(property.type())
                    || property.type().equals(TypeRef.scalar(io.mewscontract.codegen.ir.ScalarKind.HYBRID_ID))) {
                return true;
            }
            for (String name : named(property.type()).toList()) {
                if (schemas.shape(name) == Shape.ENUM || schemas.shape(name) == Shape.UNION || needed.contains(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasItemConstraints(TypeRef type) {
        if (type instanceof TypeRef.MapOf map) {
            return !map.valueConstraints().isEmpty() || hasItemConstraints(map.values());
        }
        if (type instanceof TypeRef.UpdateOf update) {
            return !update.valueConstraints().isEmpty() || hasItemConstraints(update.value());
        }
        return type instanceof TypeRef.ListOf list
                && (!list.itemConstraints().isEmpty() || hasItemConstraints(list.items()));
    }

    static Stream<String> named(TypeRef type) {
        if (type instanceof TypeRef.Named named) {
            return Stream.of(named.schemaName());
        }
        if (type instanceof TypeRef.ListOf list) {
            return named(list.items());
        }
        if (type instanceof TypeRef.MapOf map) {
            return named(map.values());
        }
        if (type instanceof TypeRef.UpdateOf update) {
            return named(update.value());
        }
        return Stream.empty();
    }
}
