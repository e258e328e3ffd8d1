package io.mewscontract.codegen.emit;

import com.palantir.javapoet.AnnotationSpec;

/** Small annotations several emitters add. */
final class AnnotationSpecs {
    private AnnotationSpecs() {}

    /** For generated code that must read deprecated members (validators, clients) without warnings. */
    static AnnotationSpec suppressDeprecation() {
        return AnnotationSpec.builder(SuppressWarnings.class)
                .addMember("value", "$S", "deprecation")
                .build();
    }
}
