package io.mewscontract.codegen.compat;

/**
 * A generated class member a change touches, so that what japicmp finds in the compiled jars can be attributed
 * to the spec change that caused it.
 *
 * @param className the binary name relative to the base package ({@code model.PaymentRequest$Builder})
 * @param member a method, field or constructor name ({@code <init>}), or {@value #ANY} for the whole class
 */
public record JavaAnchor(String className, String member) {

    public static final String ANY = "*";
    public static final String CONSTRUCTOR = "<init>";

    public static JavaAnchor wholeClass(String className) {
        return new JavaAnchor(className, ANY);
    }

    public boolean matches(String findingClass, String findingMember) {
        return className.equals(findingClass) && (member.equals(ANY) || member.equals(findingMember));
    }
}
