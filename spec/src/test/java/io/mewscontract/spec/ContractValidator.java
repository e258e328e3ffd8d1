package io.mewscontract.spec;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.nio.file.Path;
import java.util.List;

/**
 * Validates JSON bodies against the spec's schema for an operation, with Atlassian's
 * swagger-request-validator (a strict OpenAPI 3.0 validator: nullable, formats, enums, allOf).
 * Returns every problem as one readable line; an empty list means valid.
 */
final class ContractValidator {

    private final OpenApiInteractionValidator validator;

    ContractValidator(Path specFile) {
        this.validator = OpenApiInteractionValidator
                .createForSpecificationUrl(specFile.toUri().toString())
                // Merge allOf branches before validating: otherwise each branch of
                // allOf(ConnectorRequest, own properties) rejects the other branch's fields.
                .withResolveCombinators(true)
                // OpenAPI objects are open unless they say additionalProperties: false, and ours
                // are: Mews adds fields. Undeclared properties in the documents' examples are
                // reported, per spec element, by ExampleConformance instead.
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request.body.schema.additionalProperties", ValidationReport.Level.IGNORE)
                        .withLevel("validation.response.body.schema.additionalProperties", ValidationReport.Level.IGNORE)
                        .build())
                .build();
    }

    List<String> validateRequest(String path, String json) {
        Request request = SimpleRequest.Builder.post(path)
                .withContentType("application/json")
                .withBody(json)
                .build();
        return lines(validator.validateRequest(request));
    }

    List<String> validateResponse(String path, int status, String json) {
        SimpleResponse response = SimpleResponse.Builder.status(status)
                .withContentType("application/json")
                .withBody(json)
                .build();
        return lines(validator.validateResponse(path, Request.Method.POST, response));
    }

    private static List<String> lines(ValidationReport report) {
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage())
                .toList();
    }
}
