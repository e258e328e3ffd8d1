package io.mewscontract.sandbox.auth;

import java.util.List;
import java.util.UUID;

/**
 * The token pairs Mews publishes for its demo environment (the gross-pricing demo enterprise). They are public on
 * purpose, for development: the sandbox accepts them by default, so code written against the demo environment
 * runs against the sandbox unchanged. Each has its own request limit.
 */
public final class DemoTokens {
    private DemoTokens() {}

    /**
     * The enterprise the demo tokens (and tokens added without an enterprise) write to: the {@code EnterpriseId}
     * of the documents' payment request examples, so the documented requests address it.
     */
    public static final UUID ENTERPRISE_ID = UUID.fromString("3fa85f64-5717-4562-b3fc-2c963f66afa6");

    /** The four published pairs; the first is the one every example in the documents uses. */
    public static final List<TokenPair> PAIRS = List.of(
            new TokenPair(
                    "E0D439EE522F44368DC78E1BFB03710C-D24FB11DBE31D4621C4817E028D9E1D",
                    "C66EF7B239D24632943D115EDE9CB810-EA00F8FD8294692C940F6B5A8F9453D"),
            new TokenPair(
                    "E916C341431C4D28A866AD200152DBD3-A046EB5583FFBE94DE1172237763712",
                    "CC150C355D6A4048A220AD20015483AB-B6D09C0C84B09538077CB8FFBB907B4"),
            new TokenPair(
                    "2CC71B0660F345019882AD200155B4FE-4A1FC9080A4DD2A404734003674F77E",
                    "5F56B9903A834F199E28AD20015E58CA-5C6A1A00550634911534AD6A098E8B7"),
            new TokenPair(
                    "07AB1F14B55C49B8BDD6AD200158423B-273A4497AFF5E20566D7199DB3DC2BA",
                    "39E301DD5A1C4A569087AD20015F60DD-50DC28896E9090CCA0995C9BBD90351"));
}
