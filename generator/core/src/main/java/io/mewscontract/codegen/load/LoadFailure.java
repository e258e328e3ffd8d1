package io.mewscontract.codegen.load;

import io.mewscontract.codegen.SpecException;

/**
 * Thrown deep inside the readers and turned into a {@link SpecException} (which also names the file) by
 * {@link SpecLoader}; unchecked so the readers stay free of throws clauses.
 */
final class LoadFailure extends RuntimeException {
    private final SpecException.Kind kind;
    private final Pointer pointer;

    private LoadFailure(SpecException.Kind kind, Pointer pointer, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.pointer = pointer;
    }

    static LoadFailure invalid(Pointer pointer, String message) {
        return new LoadFailure(SpecException.Kind.INVALID, pointer, message);
    }

    static LoadFailure unsupported(Pointer pointer, String message) {
        return new LoadFailure(SpecException.Kind.UNSUPPORTED, pointer, message);
    }

    SpecException.Kind kind() {
        return kind;
    }

    Pointer pointer() {
        return pointer;
    }
}
