package io.mewscontract.docstospec.draft;

/**
 * How a reference page rendered from an OpenAPI file ({@code Rendering.OPENAPI_REFERENCE}, e.g.
 * {@code spec/docs/001}) states the facts the markdown and GitBook pages state in tables, and the rule that reads
 * each, so a page drafts the same in every rendering:
 *
 * <ul>
 *   <li>{@code number format: double} is what the OpenAPI file writes for every number: it is no evidence of a
 *       binary float. Rule {@link DraftRules#DEFAULT_NUMBER_FORMAT} drafts it as the markdown's plain
 *       {@code number} (no format); money is {@code decimal} by {@link DraftRules#MONEY_IS_DECIMAL} either way.
 *   <li>A schema's title, before {@code object} (or, for an array's items, after {@code Array<object>}) or before
 *       an enum's type, names the schema as a heading does ({@code Tax value} is {@code TaxValue}, {@code Widget
 *       state} is {@code WidgetState}): rule {@link DraftRules#REFERENCE_SCHEMA_TITLES}.
 *   <li>{@code nullable} is nullability evidence like a {@code null} in an example:
 *       {@link DraftRules#NULLABLE_WHEN_NULL_SEEN} ("null shown or declared").
 *   <li>{@code >= 1 characters}, {@code <= 500 characters}, {@code >= 1 items <= 1000 items} are minLength,
 *       maxLength, minItems, maxItems: {@link DraftRules#CONSTRAINTS_FROM_CONTRACT}. An interval's limit, which
 *       OpenAPI has no keyword for, is the description's last sentence {@code Max length 3 months.}:
 *       {@link DraftRules#MAX_INTERVAL_FROM_CONTRACT}.
 *   <li>{@code string format: uuid|date|date-time} are format evidence, read with the type
 *       ({@link DraftRules#TYPE_FROM_TABLE}); they agree with the formats the markdown's descriptions imply.
 *       {@code string format: hybrid-id}: {@link DraftRules#HYBRID_IDENTIFIER}.
 *   <li>{@code object} + {@code Additional properties: X} is a map of X ({@code Localized text} when so titled):
 *       {@link DraftRules#MAPS}.
 *   <li>{@code Allowed values:} and one quoted value a line ({@code "Draft" - Being prepared.}) after the type: an
 *       enum named by its title ({@link DraftRules#OPEN_ENUMS}; a description saying the list is "not exhaustive"
 *       is cited like the markdown's hint).
 *   <li>{@code deprecated} (a marker line like {@code nullable}) with {@code Deprecated! Use X instead.} in the
 *       description; a {@code Deprecated} badge after an operation's path with a paragraph that names the
 *       replacement: {@link DraftRules#DEPRECATIONS}.
 *   <li>{@code One of} after a property's {@code object}, then each alternative's title and {@code object}: the
 *       alternatives of a {@code Discriminator} + {@code Value} union ({@link DraftRules#DISCRIMINATED_UNIONS}).
 *   <li>An {@code OK} response followed by {@code Example} and {@code {}} with no schema:
 *       {@link DraftRules#EMPTY_RESPONSE}.
 * </ul>
 */
final class ReferenceForms {
    private ReferenceForms() {}

    /** Whether a scalar cell is a number in the OpenAPI file's default format ({@code double}, {@code float}). */
    static boolean isDefaultNumberFormat(String type, String format) {
        return type.equals("number") && (format.equals("double") || format.equals("float"));
    }
}
