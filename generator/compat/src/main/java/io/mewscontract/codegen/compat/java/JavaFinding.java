package io.mewscontract.codegen.compat.java;

import org.jspecify.annotations.Nullable;

/**
 * One incompatibility japicmp found between the jars generated from the old and the new spec.
 *
 * @param className binary class name relative to the base package ({@code model.Payment$Builder})
 * @param member the method or field name, {@code <init>} for a constructor, empty for the class itself
 * @param signature how the member reads in a report ({@code notes()}, {@code Payment(UUID, String)})
 * @param change japicmp's name for the change ({@code METHOD_REMOVED})
 * @param binaryCompatible whether code compiled against the old jar still links
 * @param sourceCompatible whether code written against the old jar still compiles
 * @param outsideContract why this finding does not count as breaking under the generated code's compatibility
 *     contract, or {@code null} when it counts
 */
public record JavaFinding(
        String className,
        String member,
        String signature,
        String change,
        boolean binaryCompatible,
        boolean sourceCompatible,
        @Nullable String outsideContract) {

    public boolean counts() {
        return outsideContract == null && (!binaryCompatible || !sourceCompatible);
    }

    /** {@code model.Payment#notes(): METHOD_REMOVED (binary and source incompatible)}. */
    public String describe() {
        String where = member.isEmpty() ? className : className + "#" + signature;
        String how = !binaryCompatible && !sourceCompatible
                ? "binary and source incompatible"
                : !binaryCompatible ? "binary incompatible" : "source incompatible";
        return where + ": " + change + " (" + how + (outsideContract == null ? "" : "; " + outsideContract) + ")";
    }
}
