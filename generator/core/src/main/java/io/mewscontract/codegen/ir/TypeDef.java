package io.mewscontract.codegen.ir;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A named type of the model: one generated class each. */
public sealed interface TypeDef permits ObjectType, EnumType, UnionType {

    /** The component name in the spec ({@code PaymentRequest}). */
    String schemaName();

    /** The simple Java class name, unique among all generated classes. */
    String javaName();

    @Nullable
    String description();

    boolean deprecated();

    /** The names the source documents use for this type ({@code x-mews-doc-names}). */
    List<String> docNames();

    /** Where the type is declared in the spec (JSON pointer). */
    String pointer();
}
