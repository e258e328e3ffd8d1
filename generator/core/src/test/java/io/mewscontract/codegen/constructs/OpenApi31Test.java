package io.mewscontract.codegen.constructs;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.codegen.ir.Constraint;
import io.mewscontract.codegen.ir.ObjectType;
import io.mewscontract.codegen.ir.Property;
import io.mewscontract.codegen.ir.ScalarKind;
import io.mewscontract.codegen.ir.TypeRef;
import io.mewscontract.codegen.load.SpecLoader;
import io.mewscontract.codegen.testing.ProjectPaths;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** OpenAPI 3.1 input: type lists with "null", anyOf [$ref, null], numeric exclusiveMinimum. */
class OpenApi31Test {

    @Test
    void nullabilityAndConstraintsOf31AreRead() throws Exception {
        ObjectType thing = new SpecLoader()
                .load(ProjectPaths.testResource("fixtures/constructs/openapi-31.yaml"))
                .objectType("Thing");
        Property name = thing.property("Name").orElseThrow();
        assertThat(name.type()).isEqualTo(TypeRef.scalar(ScalarKind.STRING));
        assertThat(name.nullable()).isTrue();
        assertThat(name.constraints()).containsExactly(new Constraint.MaxLength(50));
        Property owner = thing.property("Owner").orElseThrow();
        assertThat(owner.type()).isEqualTo(new TypeRef.Named("Person"));
        assertThat(owner.nullable()).isTrue();
        assertThat(thing.property("Size").orElseThrow().constraints())
                .containsExactly(new Constraint.Minimum(BigDecimal.ZERO, true));
        Property tags = thing.property("Tags").orElseThrow();
        assertThat(tags.type()).isInstanceOf(TypeRef.ListOf.class);
        assertThat(tags.nullable()).isTrue();
    }

    @Test
    void siblingsOfA31ReferenceAreHonoured() throws Exception {
        ObjectType thing = new SpecLoader()
                .load(ProjectPaths.testResource("fixtures/constructs/openapi-31.yaml"))
                .objectType("Thing");
        Property code = thing.property("Code").orElseThrow();
        assertThat(code.type()).isEqualTo(TypeRef.scalar(ScalarKind.STRING));
        assertThat(code.description()).startsWith("The thing's own code");
        assertThat(code.constraints())
                .containsExactlyInAnyOrder(new Constraint.MinLength(2), new Constraint.MaxLength(8));
        Property formerOwner = thing.property("FormerOwner").orElseThrow();
        assertThat(formerOwner.type()).isEqualTo(new TypeRef.Named("Person"));
        assertThat(formerOwner.deprecated()).isTrue();
        assertThat(formerOwner.description()).isEqualTo("Who owned it before.");
    }
}
