package io.mewscontract.codegen.maven.incremental;

import io.mewscontract.codegen.GenerationResult;

/** What an incremental run did. */
public sealed interface Outcome {

    Fingerprint fingerprint();

    /**
     * Nothing that decides the output changed and the output is as the last run left it: nothing was written.
     *
     * @param fileCount how many files the last run produced
     */
    record UpToDate(Fingerprint fingerprint, int fileCount) implements Outcome {}

    /**
     * The generator ran.
     *
     * @param reason why it had to
     * @param result what it did to the output directory
     */
    record Generated(Fingerprint fingerprint, Reason reason, GenerationResult result) implements Outcome {}

    /** Why a run could not be skipped. */
    enum Reason {
        NO_EARLIER_RUN("no earlier run recorded"),
        INPUTS_CHANGED("the spec, the parameters or the generator changed"),
        OUTPUT_CHANGED("generated files were changed or deleted since the last run");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
