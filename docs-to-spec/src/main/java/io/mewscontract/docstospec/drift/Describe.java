package io.mewscontract.docstospec.drift;

import io.mewscontract.docstospec.facts.FactDifference;
import io.mewscontract.docstospec.facts.FactKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Short texts for what one side says about an element: {@code nullable: true, required}. */
final class Describe {
    private Describe() {}

    static String values(List<FactDifference> group, boolean specSide) {
        List<String> parts = new ArrayList<>();
        for (FactDifference d : group) {
            String value = specSide ? d.expected() : d.actual();
            parts.add(one(d, value));
        }
        return String.join(", ", parts);
    }

    private static String one(FactDifference d, @Nullable String value) {
        if (d.kind() == FactKind.REQUIRED) {
            return value == null ? "optional" : "required";
        }
        if (d.kind() == FactKind.ENUM_VALUE) {
            String name = d.pointer().substring(d.pointer().lastIndexOf('/') + 1);
            return value == null ? "no value `" + name + "`" : "value `" + name + "`";
        }
        String key = relativeKey(d);
        if (d.kind() == FactKind.NULLABLE && value == null) {
            return "not nullable";
        }
        if (d.kind() == FactKind.DEPRECATION && value == null) {
            return "not deprecated";
        }
        return value == null ? "no " + key : key + ": " + value;
    }

    /** The fact's key below its element, e.g. {@code items/format}. */
    static String relativeKey(FactDifference d) {
        String pointer = d.pointer();
        return pointer.startsWith(d.element() + "/")
                ? pointer.substring(d.element().length() + 1)
                : pointer;
    }

    /** Whether two descriptions say the same once case, spacing and final punctuation are set aside. */
    static boolean sameText(@Nullable String a, @Nullable String b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        return normal(a).equals(normal(b));
    }

    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replaceAll("[`*_]", "")
                .replaceAll("\\s+", " ")
                .strip()
                .replaceAll("[.;:]+$", "");
    }
}
