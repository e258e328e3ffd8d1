package io.mewscontract.codegen.compat.model;

import io.mewscontract.codegen.compat.JavaAnchor;
import io.mewscontract.codegen.ir.ObjectType;
import io.mewscontract.codegen.ir.Property;
import java.util.ArrayList;
import java.util.List;

/**
 * A property of an object type, with what the rules need to know about where it lives: the type's usage and
 * whether the type has a builder in both versions (records with builders are constructed through them, so their
 * canonical constructor is not part of the compatibility contract).
 */
record Subject(ObjectType type, boolean inRequest, boolean inResponse, boolean builderInBoth) {

    String name(Property property) {
        return type.schemaName() + "." + property.wireName();
    }

    /** The generated members a change of {@code property} touches. */
    List<JavaAnchor> anchors(Property property) {
        String record = "model." + type.javaName();
        List<JavaAnchor> anchors = new ArrayList<>(List.of(
                new JavaAnchor(record, property.javaName()),
                new JavaAnchor(record, JavaAnchor.CONSTRUCTOR),
                new JavaAnchor(record + "$Builder", property.javaName())));
        if (type.validatorName() != null) {
            anchors.add(JavaAnchor.wholeClass("validation." + type.validatorName()));
        }
        return anchors;
    }

    Wire judge(Wire request, Wire response) {
        return Wire.judge(inRequest, inResponse, request, response);
    }
}
