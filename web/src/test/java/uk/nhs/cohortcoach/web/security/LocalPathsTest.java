package uk.nhs.cohortcoach.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalPathsTest {

    @Test
    void onlyThisSitesPathsAreLocal() {
        assertThat(LocalPaths.isLocal("/cohorts?page=2")).isTrue();
        assertThat(LocalPaths.isLocal("//evil.example/x")).isFalse();
        assertThat(LocalPaths.isLocal("/\\evil.example")).isFalse();
        assertThat(LocalPaths.isLocal("https://evil.example/")).isFalse();
        assertThat(LocalPaths.isLocal("/ok\r\nSet-Cookie: x=y")).isFalse();
        assertThat(LocalPaths.isLocal("cohorts")).isFalse();
        assertThat(LocalPaths.isLocal(null)).isFalse();
        assertThat(LocalPaths.orElse("//evil", "/")).isEqualTo("/");
    }
}
