package io.mewscontract.codegen.compat;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One difference between the old and the new spec, judged on every axis.
 *
 * @param kind what changed
 * @param subject the spec element, as users name it ({@code PaymentRequest.Notes}, {@code paymentRequests/add})
 * @param summary one sentence saying what changed
 * @param clients the verdict for clients built from the old spec (talking to a server of the new one)
 * @param servers the verdict for servers built from the old spec (answering clients of the new one)
 * @param java the verdict for code compiled against the old generated Java API
 * @param migration what a user of the generated code does about it, or {@code null} when nothing is needed
 * @param javaFindings what japicmp found in the generated jars that this change explains
 *     ({@code model.Payment#notes(): METHOD_REMOVED})
 * @param anchors the generated members this change touches (for attributing japicmp's findings)
 */
public record Change(
        ChangeKind kind,
        String subject,
        String summary,
        Assessment clients,
        Assessment servers,
        Assessment java,
        @Nullable String migration,
        List<String> javaFindings,
        List<JavaAnchor> anchors) {

    public Change {
        javaFindings = List.copyOf(javaFindings);
        anchors = List.copyOf(anchors);
    }

    public Assessment on(Axis axis) {
        return switch (axis) {
            case DEPLOYED_CLIENTS -> clients;
            case DEPLOYED_SERVERS -> servers;
            case JAVA_API -> java;
        };
    }

    /** The worst verdict over the three axes. */
    public Verdict worst() {
        return clients.verdict().worst(servers.verdict()).worst(java.verdict());
    }

    public boolean breaking() {
        return worst() == Verdict.BREAKING;
    }

    /** The bump this change alone needs. */
    public Bump bump() {
        return breaking() ? Bump.MAJOR : kind.compatibleBump();
    }

    /** This change with the Java verdict and findings japicmp contributed. */
    public Change withJava(Assessment newJava, List<String> findings) {
        return new Change(kind, subject, summary, clients, servers, newJava, migration, findings, anchors);
    }
}
