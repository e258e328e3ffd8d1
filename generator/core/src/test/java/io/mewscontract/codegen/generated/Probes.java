package io.mewscontract.codegen.generated;

import io.mewscontract.codegen.testing.FixtureOutput;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;

/** Calls a static method of a probe (src/test/resources/probes), compiled with the fixture's generated code. */
final class Probes {
    private Probes() {}

    /** The result of {@code probes.<probe>.<method>(args)}; the probe's own exception is rethrown unwrapped. */
    static Object call(String probe, String method, Object... args) throws Throwable {
        Class<?> type = FixtureOutput.compiled().load("probes." + probe);
        Method target = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(method) && m.getParameterCount() == args.length)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No probe method " + probe + "." + method));
        try {
            return target.invoke(null, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
