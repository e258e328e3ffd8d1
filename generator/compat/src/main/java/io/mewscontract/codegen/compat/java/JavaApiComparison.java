package io.mewscontract.codegen.compat.java;

import japicmp.cmp.JApiCmpArchive;
import japicmp.cmp.JarArchiveComparator;
import japicmp.cmp.JarArchiveComparatorOptions;
import japicmp.model.AccessModifier;
import japicmp.model.JApiBehavior;
import japicmp.model.JApiChangeStatus;
import japicmp.model.JApiClass;
import japicmp.model.JApiCompatibility;
import japicmp.model.JApiCompatibilityChange;
import japicmp.model.JApiConstructor;
import japicmp.model.JApiField;
import japicmp.model.JApiMethod;
import japicmp.model.JApiParameter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * japicmp on the two generated jars, with its findings classified by the compatibility contract of generated
 * code (docs/releases.md):
 * <ul>
 *   <li>records that have a builder are built through it: a change of their canonical constructor (which every
 *       added property causes) does not count;
 *   <li>users call client interfaces and leave their implementation to the generator (their tests run against
 *       the sandbox, or their own class in place of the client): a method added to one does not count.
 * </ul>
 * Everything else japicmp calls binary or source incompatible counts as breaking.
 */
public final class JavaApiComparison {

    static final String BUILT_THROUGH_BUILDER = "outside the contract: the record is built through builder()";
    static final String CLIENT_CALLED_ONLY =
            "outside the contract: users call client interfaces, the generator implements them";

    private final String basePackage;

    public JavaApiComparison(String basePackage) {
        this.basePackage = basePackage;
    }

    /** Every incompatibility japicmp finds, those outside the contract marked. */
    public List<JavaFinding> compare(byte[] oldJar, byte[] newJar) {
        JarArchiveComparatorOptions options = new JarArchiveComparatorOptions();
        options.setAccessModifier(AccessModifier.PUBLIC);
        options.setClassPathMode(JarArchiveComparatorOptions.ClassPathMode.ONE_COMMON_CLASSPATH);
        options.getClassPathEntries().addAll(GeneratedJar.classpath());
        options.getIgnoreMissingClasses().setIgnoreAllMissingClasses(true);
        List<JApiClass> classes = new JarArchiveComparator(options)
                .compare(new JApiCmpArchive(oldJar, "old", "1.0.0"), new JApiCmpArchive(newJar, "new", "2.0.0"));
        List<JavaFinding> findings = new ArrayList<>();
        for (JApiClass type : classes) {
            String className = relative(type.getFullyQualifiedName());
            add(findings, className, "", "", type, null);
            boolean builderInBoth = type.getMethods().stream()
                    .anyMatch(m -> m.getName().equals("builder") && m.getChangeStatus() == JApiChangeStatus.UNCHANGED);
            for (JApiConstructor constructor : type.getConstructors()) {
                add(
                        findings,
                        className,
                        "<init>",
                        simpleName(className) + parameters(constructor),
                        constructor,
                        builderInBoth ? BUILT_THROUGH_BUILDER : null);
            }
            boolean clientInterface = className.startsWith("client.");
            for (JApiMethod method : type.getMethods()) {
                add(
                        findings,
                        className,
                        method.getName(),
                        method.getName() + parameters(method),
                        method,
                        clientInterface ? CLIENT_CALLED_ONLY : null);
            }
            for (JApiField field : type.getFields()) {
                add(findings, className, field.getName(), field.getName(), field, null);
            }
        }
        return List.copyOf(new LinkedHashSet<>(findings));
    }

    /**
     * @param exemption why changes of this member do not count, for the kinds of change the contract exempts
     */
    private static void add(
            List<JavaFinding> findings,
            String className,
            String member,
            String signature,
            JApiCompatibility element,
            @Nullable String exemption) {
        for (JApiCompatibilityChange change : element.getCompatibilityChanges()) {
            if (change.isBinaryCompatible() && change.isSourceCompatible()) {
                continue;
            }
            String type = change.getType().name();
            String outside = exemption != null && exempt(exemption, type) ? exemption : null;
            findings.add(new JavaFinding(
                    className,
                    member,
                    signature,
                    type,
                    change.isBinaryCompatible(),
                    change.isSourceCompatible(),
                    outside));
        }
    }

    private static boolean exempt(String exemption, String changeType) {
        if (exemption.equals(BUILT_THROUGH_BUILDER)) {
            return changeType.startsWith("CONSTRUCTOR_");
        }
        return changeType.equals("METHOD_ADDED_TO_INTERFACE")
                || changeType.equals("METHOD_ABSTRACT_ADDED_TO_CLASS")
                || changeType.equals("METHOD_NEW_DEFAULT");
    }

    private static String parameters(JApiBehavior behavior) {
        return behavior.getParameters().stream()
                .map(JApiParameter::getType)
                .map(JavaApiComparison::shortType)
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private static String shortType(String type) {
        int dot = type.lastIndexOf('.');
        return dot < 0 ? type : type.substring(dot + 1);
    }

    private static String simpleName(String className) {
        String name = className.substring(className.lastIndexOf('.') + 1);
        return name.substring(name.lastIndexOf('$') + 1);
    }

    private String relative(String fullyQualified) {
        return fullyQualified.startsWith(basePackage + ".")
                ? fullyQualified.substring(basePackage.length() + 1)
                : fullyQualified;
    }
}
