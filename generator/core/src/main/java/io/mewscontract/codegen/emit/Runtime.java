package io.mewscontract.codegen.emit;

import com.palantir.javapoet.ClassName;

/** The runtime library's types generated code refers to (by name: the generator does not depend on the runtime). */
@SuppressWarnings("JavaLangClash") // package-private; named for the runtime jar it describes
final class Runtime {
    private Runtime() {}

    private static final String PACKAGE = "io.mewscontract.runtime";

    static final ClassName ADDITIONAL_PROPERTIES = ClassName.get(PACKAGE, "AdditionalProperties");
    static final ClassName BATCHING = ClassName.get(PACKAGE, "Batching");
    static final ClassName CHECKS = ClassName.get(PACKAGE, "Checks");
    static final ClassName CLIENT_CALLS = ClassName.get(PACKAGE, "ClientCalls");
    static final ClassName CLIENT_TRANSPORT = ClassName.get(PACKAGE, "ClientTransport");
    static final ClassName COMMON_REQUEST_FIELDS = ClassName.get(PACKAGE, "CommonRequestFields");
    static final ClassName OPEN_ENUM = ClassName.get(PACKAGE, "OpenEnum");
    static final ClassName OPERATION_DESCRIPTOR = ClassName.get(PACKAGE, "OperationDescriptor");
    static final ClassName OPERATION_KIND = ClassName.get(PACKAGE, "OperationKind");
    static final ClassName PAGINATION = ClassName.get(PACKAGE, "Pagination");
    static final ClassName PAGES = ClassName.get(PACKAGE, "Pages");
    static final ClassName REQUIRED = ClassName.get(PACKAGE, "Required");
    static final ClassName REQUEST_CONTEXT = ClassName.get(PACKAGE, "RequestContext");
    static final ClassName SERVER_OPERATION = ClassName.get(PACKAGE, "ServerOperation");
    static final ClassName VALIDATION_CONTEXT = ClassName.get(PACKAGE, "ValidationContext");
    static final ClassName VALIDATOR = ClassName.get(PACKAGE, "Validator");
    static final ClassName HYBRID_ID = ClassName.get(PACKAGE, "HybridId");
    static final ClassName UPDATE = ClassName.get(PACKAGE, "Update");
    static final ClassName RULE_CHECKS = ClassName.get(PACKAGE, "RuleChecks");
    static final ClassName VALIDATION_MODE = ClassName.get(PACKAGE, "ValidationMode");
    static final ClassName WIRE_PROPERTY = ClassName.get(PACKAGE, "WireProperty");
    static final ClassName WIRE_SHAPES = ClassName.get(PACKAGE, "WireShapes");
}
