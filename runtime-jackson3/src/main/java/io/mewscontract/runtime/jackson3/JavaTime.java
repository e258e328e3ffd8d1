package io.mewscontract.runtime.jackson3;

/** Which types the date rules apply to: those of {@code java.time}. */
final class JavaTime {
    private JavaTime() {}

    static boolean isJavaTime(Class<?> type) {
        Package owner = type.getPackage();
        return owner != null && owner.getName().equals("java.time");
    }
}
