import io.mewscontract.docstospec.decisions.Decisions;
import io.mewscontract.docstospec.decisions.OverlayApplier;
import io.mewscontract.docstospec.draft.DraftResult;
import io.mewscontract.docstospec.draft.Drafter;
import io.mewscontract.docstospec.drift.DriftAnalyzer;
import io.mewscontract.docstospec.drift.SourceLines;
import io.mewscontract.docstospec.facts.OpenApiFiles;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a drift run spends its CPU: drafting the pages, reading the spec, applying decisions and comparing facts.
 * Main-thread CPU time (not wall time, which a loaded machine inflates), first round cold, later rounds warm.
 * Usage: java -cp mews-codegen.jar:. DriftPhases PAGES_DIR SPEC [rounds]
 */
public class DriftPhases {
    public static void main(String[] args) throws Exception {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        for (int round = 1; round <= rounds; round++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            DraftResult draft = Drafter.draft(List.of(Path.of(args[0])));
            long t1 = cpu.getCurrentThreadCpuTime();
            var spec = OpenApiFiles.read(Path.of(args[1]));
            long t2 = cpu.getCurrentThreadCpuTime();
            var decided = OverlayApplier.apply(draft.openApi(), Decisions.none());
            int findings = new DriftAnalyzer(spec, draft.openApi(), decided, SourceLines.none(), null).findings().size();
            long t3 = cpu.getCurrentThreadCpuTime();
            System.out.printf("round %d (%s) main-thread CPU ms: draft=%d read-spec=%d decisions+facts+analysis=%d"
                    + " (findings: %d)%n", round, round == 1 ? "cold" : "warm", (t1 - t0) / 1_000_000,
                    (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, findings);
        }
        applyDecisions(cpu, Drafter.draft(List.of(Path.of(args[0]))), rounds);
    }

    /**
     * The overlay applier on its own: one decision per component schema of the draft (each merges a property
     * bound), applied to the draft, cold then warm. What a large decisions file costs.
     */
    private static void applyDecisions(ThreadMXBean cpu, DraftResult draft, int rounds) throws Exception {
        var overlay = OpenApiFiles.emptyObject();
        overlay.put("overlay", "1.0.0");
        overlay.putObject("info").put("title", "bench").put("version", "1");
        var actions = overlay.putArray("actions");
        draft.openApi().path("components").path("schemas").fieldNames().forEachRemaining(name -> {
            var action = actions.addObject();
            action.put("target", "$.components.schemas['" + name + "']");
            action.putObject("update").put("x-bench", true);
            action.put("description", "bench").put("x-element", name).put("x-reason", "bench");
            action.putArray("x-sources").add("bench");
        });
        Decisions decisions = Decisions.parse("bench", overlay);
        for (int round = 1; round <= rounds; round++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            var applied = OverlayApplier.apply(draft.openApi(), decisions);
            long t1 = cpu.getCurrentThreadCpuTime();
            System.out.printf("round %d (%s) apply %d decisions: main-thread CPU ms=%d (applied: %d)%n", round,
                    round == 1 ? "cold" : "warm", decisions.all().size(), (t1 - t0) / 1_000_000,
                    applied.outcomes().stream().filter(o -> !o.stale() && !o.broken()).count());
        }
    }
}
