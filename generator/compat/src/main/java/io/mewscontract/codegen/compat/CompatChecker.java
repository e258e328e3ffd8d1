package io.mewscontract.codegen.compat;

import io.mewscontract.codegen.Artifact;
import io.mewscontract.codegen.CodeGenerator;
import io.mewscontract.codegen.GenerationRequest;
import io.mewscontract.codegen.SpecException;
import io.mewscontract.codegen.compat.java.GeneratedJar;
import io.mewscontract.codegen.compat.java.JavaApiComparison;
import io.mewscontract.codegen.compat.java.JavaFinding;
import io.mewscontract.codegen.compat.model.ModelDiff;
import io.mewscontract.codegen.compat.wire.StandardWireDiff;
import io.mewscontract.codegen.ir.ApiModel;
import io.mewscontract.codegen.load.SpecLoader;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Compares two versions of a spec. Three parts, each doing what it is best at (plus docs-to-spec's contract facts,
 * for documentation changes and as a safety net: {@link FactsCheck}):
 * <ol>
 *   <li>{@link ModelDiff}, on the generator's own model: every change judged by mews-contract's conventions
 *       (open enums, liberal clients, strict servers, builders), which no general tool knows;
 *   <li>{@link StandardWireDiff}, openapi-diff-core: the plain-OpenAPI verdict shown beside ours, and the status
 *       codes and headers our model does not carry;
 *   <li>{@link JavaApiComparison}, japicmp on jars compiled from both specs' generated code: what really changed
 *       in the Java API, attributed to the spec change that caused it, or reported on its own.
 * </ol>
 * Writes nothing: the classes compiled for the Java comparison live in a temporary directory while it runs.
 */
public final class CompatChecker {

    /** Where the generated code of both specs is compiled: any package works, class names are taken relative. */
    private static final String PACKAGE = "compat.generated";

    public CompatReport compare(CompatRequest request) throws CompatException, IOException {
        ApiModel oldModel = load(request.oldSpec(), "old", request.oldLabel());
        ApiModel newModel = load(request.newSpec(), "new", request.newLabel());
        requireSameApi(oldModel, newModel, request);
        boolean server = request.artifacts().contains(Artifact.SERVER);
        List<Change> changes = new ArrayList<>(new ModelDiff(oldModel, newModel, server).changes());
        StandardWireDiff.Result standard = new StandardWireDiff().compare(request.oldSpec(), request.newSpec());
        changes.addAll(standard.changes());
        changes.addAll(FactsCheck.changes(request.oldSpec(), request.newSpec(), !changes.isEmpty()));

        List<JavaFinding> findings = javaFindings(request);
        List<JavaFinding> relevant =
                findings.stream().filter(f -> relevant(f, request.artifacts())).toList();
        List<Change> judged = JavaAttribution.apply(changes, relevant);
        return new CompatReport(
                newModel.title(),
                request.oldLabel(),
                request.newLabel(),
                oldModel.version(),
                newModel.version(),
                judged,
                relevant,
                standard,
                CompatReport.bumpOf(judged));
    }

    private static ApiModel load(Path spec, String which, String label) throws CompatException, IOException {
        try {
            return new SpecLoader().load(spec);
        } catch (NoSuchFileException e) {
            throw new CompatException("The " + which + " spec " + label + " does not exist");
        } catch (SpecException e) {
            String problem = e.kind() == SpecException.Kind.UNSUPPORTED
                    ? "uses a construct the generator does not" + " support"
                    : "is invalid";
            throw new CompatException(
                    "The " + which + " spec " + label + " " + problem + ":" + System.lineSeparator() + e.getMessage());
        }
    }

    /** Two specs of different APIs have nothing to say about each other's compatibility. */
    private static void requireSameApi(ApiModel oldModel, ApiModel newModel, CompatRequest request)
            throws CompatException {
        boolean sharesOperation = oldModel.operations()
                .anyMatch(op ->
                        newModel.operations().anyMatch(other -> other.path().equals(op.path())));
        boolean sharesType = oldModel.types().stream()
                .anyMatch(t ->
                        newModel.types().stream().anyMatch(o -> o.schemaName().equals(t.schemaName())));
        if (!oldModel.title().equals(newModel.title()) || !sharesOperation && !sharesType) {
            throw new CompatException("The specs describe different APIs: " + request.oldLabel() + " is '"
                    + oldModel.title() + "', " + request.newLabel() + " is '" + newModel.title() + "'"
                    + (sharesOperation || sharesType ? "" : ", and they share no operation path and no schema")
                    + ". Compare two versions of the same spec.");
        }
    }

    private static List<JavaFinding> javaFindings(CompatRequest request) throws CompatException, IOException {
        CodeGenerator generator = new CodeGenerator("compat");
        Set<Artifact> all = EnumSet.allOf(Artifact.class);
        byte[] oldJar;
        byte[] newJar;
        try {
            oldJar = GeneratedJar.compile(
                    generator.render(new GenerationRequest(request.oldSpec(), Path.of("."), PACKAGE, all)), "old spec");
            newJar = GeneratedJar.compile(
                    generator.render(new GenerationRequest(request.newSpec(), Path.of("."), PACKAGE, all)), "new spec");
        } catch (SpecException e) {
            throw new CompatException(String.valueOf(e.getMessage())); // unreachable: both specs loaded above
        }
        return new JavaApiComparison(PACKAGE).compare(oldJar, newJar);
    }

    /** Findings in the client or server package count only when that side is compared. */
    private static boolean relevant(JavaFinding finding, Set<Artifact> artifacts) {
        if (finding.className().startsWith("client.")) {
            return artifacts.contains(Artifact.CLIENT);
        }
        if (finding.className().startsWith("server.")) {
            return artifacts.contains(Artifact.SERVER);
        }
        return true;
    }
}
