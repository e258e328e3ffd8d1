package io.mewscontract.docstospec.draft;

/** An element of the draft that a decision is about; its JSON pointer is known once drafting is done. */
interface DraftTarget {
    String pointer();
}
