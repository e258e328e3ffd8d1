package io.mewscontract.conformance.checks;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.nio.file.Path;
import java.util.List;

/**
 * Validates JSON bodies against the spec's schema for an operation, with Atlassian's
 * swagger-request-validator (a strict OpenAPI 3.0 validator: nullable, formats, enums, allOf).
 * Returns every problem as one readable line; an empty list means valid.
 */
public final class ContractValidator {

    private final OpenApiInteractionValidator validator;

    /** A validator of the spec file. */
    public ContractValidator(Path specFile) {
        this(specFile.toUri().toString());
    }

    /** A validator of the spec at a URL, a file path or a classpath resource name (as swagger-parser resolves it). */
    public ContractValidator(String specLocation) {
        this.validator = interactionValidator(specLocation);
    }

    /** The one configuration of Atlassian's validator that every check of this module uses. */
    static OpenApiInteractionValidator interactionValidator(String specLocation) {
        return OpenApiInteractionValidator.createForSpecificationUrl(specLocation)
                // Merge allOf branches before validating: otherwise each branch of
                // allOf(ConnectorRequest, own properties) rejects the other branch's fields.
                .withResolveCombinators(true)
                // OpenAPI objects are open unless they say additionalProperties: false, and ours
                // are: Mews adds fields. Undeclared properties in the documents' examples are
                // reported, per spec element, by ExampleConformance instead.
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request.body.schema.additionalProperties", ValidationReport.Level.IGNORE)
                        .withLevel(
                                "validation.response.body.schema.additionalProperties", ValidationReport.Level.IGNORE)
                        .build())
                .build();
    }

    /** The problems of a POST request body for the operation at {@code path}. */
    public List<String> validateRequest(String path, String json) {
        Request request = SimpleRequest.Builder.post(path)
                .withContentType("application/json")
                .withBody(json)
                .build();
        return errors(validator.validateRequest(request));
    }

    /** The problems of a response body with {@code status} for the POST operation at {@code path}. */
    public List<String> validateResponse(String path, int status, String json) {
        SimpleResponse response = SimpleResponse.Builder.status(status)
                .withContentType("application/json")
                .withBody(json)
                .build();
        // A document's example is a body without its headers; the headers every response must carry
        // (Request-Id) are checked on real traffic, by SpecTrafficValidator.
        return errors(withoutMissingHeaders(validator.validateResponse(path, Request.Method.POST, response)));
    }

    private static final String MISSING_RESPONSE_HEADER = "validation.response.header.missing";

    /**
     * The report without "required response header missing" messages. The only header the spec requires is
     * {@code Request-Id}, which {@link SpecTrafficValidator} checks itself on every response (also on those to
     * paths the spec does not declare), with a clearer message.
     */
    static ValidationReport withoutMissingHeaders(ValidationReport report) {
        return ValidationReport.from(report.getMessages().stream()
                .filter(m -> !m.getKey().equals(MISSING_RESPONSE_HEADER))
                .toList());
    }

    /** Each error of a report as {@code key: message}; warnings and infos are not problems. */
    static List<String> errors(ValidationReport report) {
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage())
                .toList();
    }
}
