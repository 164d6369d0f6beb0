package org.govexchange.local.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServerArgumentsTest {

    @Test
    void asRootTheServerIsToldToRunAsRoot() {
        assertThat(ServerArguments.forUser("root")).startsWith("--user=root");
        assertThat(ServerArguments.forUser("alice")).doesNotContain("--user=root");
    }

    @Test
    void fastStartLoopbackOnlyUtf8mb4AndUtc() {
        assertThat(ServerArguments.forUser("alice"))
                .contains(
                        "--skip-ssl",
                        "--bind-address=127.0.0.1",
                        "--character-set-server=utf8mb4",
                        "--collation-server=utf8mb4_unicode_ci",
                        "--default-time-zone=+00:00");
    }
}
