package io.mewscontract.conformance.suite;

import io.mewscontract.conformance.checks.DocumentSet;
import io.mewscontract.conformance.checks.EnumConformance;
import io.mewscontract.conformance.checks.ExampleConformance;
import io.mewscontract.conformance.checks.TableConformance;
import io.mewscontract.docs.DocumentedEnum;
import io.mewscontract.docs.DocumentedOperation;
import io.mewscontract.docs.PropertyTable;
import io.mewscontract.docs.SourceDocument;
import java.util.Locale;

/** The checks that judge the spec alone, as outcomes for the report: they run on any spec, e.g. a control's copy. */
final class SpecChecks {

    private final ExampleConformance examples;
    private final TableConformance tables;
    private final EnumConformance enums;

    SpecChecks(ConformanceContext context) {
        this.examples = new ExampleConformance(context.validator(), context.spec(), context.reconciliation());
        this.tables = new TableConformance(context.spec(), context.draft(), context.reconciliation());
        this.enums = new EnumConformance(context.spec());
    }

    Outcome validates(ExampleSubject subject) {
        return subject.outcome(
                Check.VALIDATES,
                examples.check(subject.document(), subject.operation(), subject.example(), subject.direction()));
    }

    Outcome table(SourceDocument document, DocumentedOperation operation, PropertyTable table) {
        String subject = "table '"
                + (table.objectName().isEmpty()
                        ? table.role().name().toLowerCase(Locale.ROOT) + " body"
                        : table.objectName())
                + "'";
        return new Outcome(
                document.fileName(),
                DocumentSet.idOf(document),
                operation.path(),
                subject,
                table.line(),
                Check.TABLE,
                tables.check(document, operation, table));
    }

    Outcome enumList(SourceDocument document, DocumentedEnum documented) {
        return new Outcome(
                document.fileName(),
                DocumentSet.idOf(document),
                Outcome.ENUM_LISTS,
                "enum '" + documented.name() + "'",
                documented.line(),
                Check.ENUM,
                enums.check(document, documented));
    }
}
