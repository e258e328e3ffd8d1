package io.mewscontract.docstospec.draft;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How drafted elements are named: components, operation ids, tags. One place, so names are predictable. */
final class Names {
    private static final Pattern VERSION = Pattern.compile("\\s*\\(ver(?:sion)?\\s+(\\d{4})-(\\d{2})-(\\d{2})\\)\\s*$");
    private static final Pattern DATE_SEGMENT = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})$");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Names() {}

    /** The catalog key of an object or enum name: lower case, single spaces. */
    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /**
     * A component name for a heading: {@code Payment request state} becomes {@code PaymentRequestState},
     * {@code Currency value (ver 2023-02-02)} becomes {@code CurrencyValueV20230202}; a name already in
     * PascalCase ({@code MultipleCustomerParameters}) stays.
     */
    static String component(String heading) {
        Matcher version = VERSION.matcher(heading);
        String base = heading;
        String suffix = "";
        if (version.find()) {
            base = heading.substring(0, version.start());
            suffix = "V" + version.group(1) + version.group(2) + version.group(3);
        }
        StringBuilder out = new StringBuilder();
        for (String word : NON_WORD.split(base.strip(), -1)) {
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return out + suffix;
    }

    /** The path's segments after {@code /api/connector/v1/}. */
    private static String[] segments(String path) {
        String rest = path.replaceFirst("^/api/connector/v\\d+/", "");
        return rest.split("/");
    }

    /** {@code paymentRequests} from {@code /api/connector/v1/paymentRequests/getAll}. */
    static String group(String path) {
        return segments(path)[0];
    }

    /** {@code getAll}, or {@code getAll} plus the version ({@code getAllV20230606}) for a versioned path. */
    private static String operation(String path) {
        String[] s = segments(path);
        String op = s.length > 1 ? s[1] : "operation";
        if (s.length > 2) {
            Matcher date = DATE_SEGMENT.matcher(s[2]);
            op += date.matches() ? "V" + date.group(1) + date.group(2) + date.group(3) : component(s[2]);
        }
        return op;
    }

    /**
     * The operation id: the verb, the group, then the rest of the operation name:
     * {@code getAllByCustomers} in {@code preauthorizations} is {@code getAllPreauthorizationsByCustomers}.
     */
    static String operationId(String path) {
        String op = operation(path);
        String group = component(group(path));
        int split = 0;
        while (split < op.length() && Character.isLowerCase(op.charAt(split))) {
            split++;
        }
        if (op.startsWith("All", split)) {
            split += 3;
        }
        return op.substring(0, split) + group + op.substring(split);
    }

    /** The tag of a group: {@code paymentRequests} becomes {@code Payment requests}. */
    static String tag(String path) {
        String group = group(path);
        String spaced = group.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /**
     * The request body's name when no page names it, in the Connector API's own naming (its reference
     * pages name bodies so): {@code PaymentRequestFilterParameters} for {@code paymentRequests/getAll},
     * {@code PaymentRequestAddParameters} for {@code paymentRequests/add}; a version suffix last.
     */
    static String requestSchema(String path) {
        return body(path, "FilterParameters", "Parameters");
    }

    /** The response body's name: {@code PaymentRequestResult} for {@code getAll}, {@code PaymentRequestAddResult} for {@code add}. */
    static String responseSchema(String path) {
        return body(path, "Result", "Result");
    }

    private static String body(String path, String getAllSuffix, String suffix) {
        String[] s = segments(path);
        String op = s.length > 1 ? s[1] : "operation";
        String version = operation(path).substring(op.length());
        String entity = singular(component(group(path)));
        return entity + (op.equals("getAll") ? getAllSuffix : component(op) + suffix) + version;
    }

    static String singular(String plural) {
        if (plural.endsWith("ies")) {
            return plural.substring(0, plural.length() - 3) + "y";
        }
        if (plural.endsWith("sses") || plural.endsWith("xes")) {
            return plural.substring(0, plural.length() - 2);
        }
        if (plural.endsWith("s") && !plural.endsWith("ss")) {
            return plural.substring(0, plural.length() - 1);
        }
        return plural;
    }
}
