package io.mewscontract.docstospec.draft;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The named reconciliation rules, in the order they run. Type rules run while the model is built
 * ({@link TableTypes}, {@link TypeCells}, {@link ExampleWalker}); the others run on the built model in
 * {@link #ORDER}. {@code spec/RECONCILIATION.md} names the same rules in prose.
 */
public final class DraftRules {
    public static final String UNION_OF_FIELDS = "UnionOfFields";
    public static final String TYPE_FROM_TABLE = "TypeFromTable";
    public static final String TYPE_FROM_LINKED_HEADING = "TypeFromLinkedHeading";
    public static final String TYPE_FROM_EXAMPLE = "TypeFromExample";
    public static final String WELL_KNOWN_OBJECTS = "WellKnownObjects";
    public static final String HYBRID_IDENTIFIER = "HybridIdentifier";
    public static final String MAPS = "Maps";
    public static final String UPDATE_VALUES = "UpdateValues";
    public static final String DISCRIMINATED_UNIONS = "DiscriminatedUnions";
    public static final String FORMAT_FROM_EXAMPLE = "FormatFromExample";
    public static final String FORMAT_FROM_DESCRIPTION = "FormatFromDescription";
    public static final String FORMAT_FROM_NAME = "FormatFromName";
    public static final String MONEY_IS_DECIMAL = "MoneyIsDecimal";
    public static final String CURRENCY_CODE = "CurrencyCode";
    public static final String CONSTRAINTS_FROM_CONTRACT = "ConstraintsFromContract";
    public static final String MAX_INTERVAL_FROM_CONTRACT = "MaxIntervalFromContract";
    public static final String REQUIRED_UNLESS_EXAMPLE_OMITS = "RequiredUnlessExampleOmits";
    public static final String NULLABLE_WHEN_NULL_SEEN = "NullableWhenNullSeen";
    public static final String OPTIONAL_IS_NULLABLE = "OptionalIsNullable";
    public static final String OPEN_ENUMS = "OpenEnums";
    public static final String DEPRECATIONS = "Deprecations";
    public static final String CROSS_PROPERTY_RULES = "CrossPropertyRules";
    public static final String COMMON_REQUEST_FIELDS = "CommonRequestFields";
    public static final String OPERATION_KIND = "OperationKind";
    public static final String PAGINATION = "Pagination";
    public static final String BATCH = "Batch";
    public static final String NULLABLE_REFERENCE_ON_BOTH_SIDES = "NullableReferenceOnBothSides";
    public static final String DOC_NAMES = "DocNames";
    public static final String TRANSPORT_FROM_FACTS = "TransportFromFacts";
    public static final String EMPTY_RESPONSE = "EmptyResponse";
    /** A reference page's {@code number format: double} states no format ({@link ReferenceForms}). */
    public static final String DEFAULT_NUMBER_FORMAT = "DefaultNumberFormat";
    /** A reference page's schema title names the object or enum as a heading does ({@link ReferenceForms}). */
    public static final String REFERENCE_SCHEMA_TITLES = "ReferenceSchemaTitles";

    /** The rules that run on the built model, in order (later rules see earlier decisions). */
    static final List<DraftRule> ORDER = List.of(
            new TypeFromExample(),
            new DiscriminatedUnions(),
            new Maps(),
            new UpdateValues(),
            new FormatFromExample(),
            new FormatFromDescription(),
            new FormatFromName(),
            new MoneyIsDecimal(),
            new CurrencyCode(),
            new ConstraintsFromContract(),
            new MaxIntervalFromContract(),
            new CommonRequestFields(),
            new RequiredUnlessExampleOmits(),
            new OperationKind(),
            new Pagination(),
            new NullableWhenNullSeen(),
            new OptionalIsNullable(),
            new Batch(),
            new OpenEnums(),
            new Deprecations(),
            new CrossPropertyRules(),
            new NullableReferenceOnBothSides(),
            new DocNames());

    /** Every rule name, for {@link DraftOptions}. */
    public static final Set<String> NAMES = Stream.concat(
                    ORDER.stream().map(DraftRule::name),
                    Stream.of(
                            UNION_OF_FIELDS,
                            TYPE_FROM_TABLE,
                            TYPE_FROM_LINKED_HEADING,
                            WELL_KNOWN_OBJECTS,
                            HYBRID_IDENTIFIER,
                            TRANSPORT_FROM_FACTS,
                            EMPTY_RESPONSE,
                            DEFAULT_NUMBER_FORMAT,
                            REFERENCE_SCHEMA_TITLES))
            .collect(Collectors.toUnmodifiableSet());

    private DraftRules() {}
}
