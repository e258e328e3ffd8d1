package io.mewscontract.codegen.compat.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mewscontract.codegen.compat.Bump;
import org.junit.jupiter.api.Test;

class VersionBumpTest {

    @Test
    void bumpsBetweenVersions() {
        assertThat(VersionBump.between("1.4.2", "2.0.0")).isEqualTo(Bump.MAJOR);
        assertThat(VersionBump.between("1.4.2", "1.5.0-SNAPSHOT")).isEqualTo(Bump.MINOR);
        assertThat(VersionBump.between("1.4.2", "1.4.3")).isEqualTo(Bump.PATCH);
        assertThat(VersionBump.between("1.4.2", "1.4.2")).isEqualTo(Bump.NONE);
        assertThat(VersionBump.between("1.4.2", "1.3.0")).isEqualTo(Bump.NONE);
        // Before 1.0.0 a new minor version is the major bump.
        assertThat(VersionBump.between("0.1.0", "0.2.0")).isEqualTo(Bump.MAJOR);
        assertThat(VersionBump.between("0.1.0", "0.1.1")).isEqualTo(Bump.MINOR);
    }

    @Test
    void aBreakingChangeNeedsAMajorVersion() {
        assertThat(VersionBump.suffices("1.4.2", "1.5.0", Bump.MAJOR)).isFalse();
        assertThat(VersionBump.suffices("1.4.2", "2.0.0", Bump.MAJOR)).isTrue();
        assertThat(VersionBump.suffices("1.4.2", "1.4.3", Bump.MINOR)).isTrue();
        assertThat(VersionBump.suffices("1.4.2", "1.4.2", Bump.PATCH)).isFalse();
        assertThat(VersionBump.suffices("1.4.2", "1.4.2", Bump.NONE)).isTrue();
        assertThat(VersionBump.next("1.4.2", Bump.MAJOR)).isEqualTo("2.0.0");
        assertThat(VersionBump.next("0.1.0", Bump.MAJOR)).isEqualTo("0.2.0");
        assertThat(VersionBump.next("1.4.2", Bump.MINOR)).isEqualTo("1.5.0");
    }

    @Test
    void aVersionThatIsNotOneIsNamed() {
        assertThatThrownBy(() -> VersionBump.between("latest", "1.0.0"))
                .hasMessage("'latest' is not a version like 1.4.2");
    }
}
