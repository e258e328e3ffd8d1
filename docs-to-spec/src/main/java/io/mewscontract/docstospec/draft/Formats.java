package io.mewscontract.docstospec.draft;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** What string values look like: shared by the format rules. */
final class Formats {
    static final Pattern UUID =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    static final Pattern DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
    static final Pattern DATE_TIME =
            Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$");

    private Formats() {}

    /** Every non-null string an example shows for the property, array items included. */
    static List<String> strings(PropertyDraft p) {
        List<String> out = new ArrayList<>();
        for (ExampleFact e : p.shownValues()) {
            collect(e.value(), out);
        }
        return out;
    }

    private static void collect(@Nullable JsonNode v, List<String> out) {
        if (v == null) {
            return;
        }
        if (v.isTextual()) {
            out.add(v.asText());
        } else if (v.isArray()) {
            v.forEach(i -> collect(i, out));
        }
    }

    /** The format every one of the values has, or "" when they do not agree or there are none. */
    static String formatOf(List<String> values) {
        if (values.isEmpty()) {
            return "";
        }
        if (values.stream().allMatch(v -> UUID.matcher(v).matches())) {
            return "uuid";
        }
        if (values.stream().allMatch(v -> DATE_TIME.matcher(v).matches())) {
            return "date-time";
        }
        if (values.stream().allMatch(v -> DATE.matcher(v).matches())) {
            return "date";
        }
        return "";
    }

    /** Whether the property holds strings (or arrays of them) and no format is set yet. */
    static boolean unformattedString(PropertyDraft p) {
        return p.type.element() instanceof TypeRef.Scalar s
                && s.type().equals("string")
                && s.format().isEmpty()
                && !p.hybridIdentifier;
    }

    static void setFormat(PropertyDraft p, String format) {
        TypeRef.Scalar s = (TypeRef.Scalar) p.type.element();
        p.type = p.type.withElement(s.withFormat(format));
    }
}
