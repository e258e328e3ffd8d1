package io.mewscontract.codegen.load;

/** Builds JSON pointers (RFC 6901) as the spec is walked, so every error can say where it is. */
record Pointer(String value) {

    static final Pointer ROOT = new Pointer("");

    static Pointer schema(String name) {
        return ROOT.add("components").add("schemas").add(name);
    }

    Pointer add(String token) {
        return new Pointer(value + "/" + token.replace("~", "~0").replace("/", "~1"));
    }

    Pointer add(int index) {
        return add(Integer.toString(index));
    }

    @Override
    public String toString() {
        return value;
    }
}
