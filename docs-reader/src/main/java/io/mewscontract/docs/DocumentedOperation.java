package io.mewscontract.docs;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One operation of a document with everything its section states.
 *
 * @param title the section title, e.g. {@code Get all preauthorizations by customers}
 * @param path the address without {@code [PlatformAddress]}, e.g.
 *     {@code /api/connector/v1/preauthorizations/getAllByCustomers}
 * @param description the text between the title and the request, or empty
 * @param line 1-based line of the title
 * @param requestExamples the request examples in document order
 * @param responseExamples the response examples in document order
 * @param tables every table of the section in document order: request body, response bodies and
 *     the named objects described in this section
 * @param deprecation the text of a warning hint above the request that says the operation is
 *     deprecated (it usually names the replacement), or empty when the operation is not deprecated
 */
public record DocumentedOperation(
        String title,
        String path,
        String description,
        int line,
        List<JsonExample> requestExamples,
        List<JsonExample> responseExamples,
        List<PropertyTable> tables,
        String deprecation) {

    public DocumentedOperation {
        Objects.requireNonNull(deprecation, "deprecation");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(description, "description");
        requestExamples = List.copyOf(requestExamples);
        responseExamples = List.copyOf(responseExamples);
        tables = List.copyOf(tables);
    }

    /** An operation that is not deprecated. */
    public DocumentedOperation(
            String title,
            String path,
            String description,
            int line,
            List<JsonExample> requestExamples,
            List<JsonExample> responseExamples,
            List<PropertyTable> tables) {
        this(title, path, description, line, requestExamples, responseExamples, tables, "");
    }

    /** Whether a hint above the request says the operation is deprecated. */
    public boolean deprecated() {
        return !deprecation.isEmpty();
    }

    /** The tables with the given role, in document order. */
    public List<PropertyTable> tables(TableRole role) {
        return tables.stream().filter(t -> t.role() == role).toList();
    }

    /** The request body table, if the section has one. */
    public Optional<PropertyTable> requestTable() {
        return tables(TableRole.REQUEST).stream().findFirst();
    }

    /**
     * The success response body table, if the section has one. Every rendering lists the success
     * body before any error body, so this is the first {@link TableRole#RESPONSE} table.
     */
    public Optional<PropertyTable> responseTable() {
        return tables(TableRole.RESPONSE).stream().findFirst();
    }

    /** The object table with this exact name, e.g. {@code Preauthorization}. */
    public Optional<PropertyTable> objectTable(String objectName) {
        return tables(TableRole.OBJECT).stream()
                .filter(t -> t.objectName().equals(objectName))
                .findFirst();
    }

    /** Every example of the operation, request examples first. */
    public List<JsonExample> examples() {
        return Stream.concat(requestExamples.stream(), responseExamples.stream())
                .toList();
    }
}
