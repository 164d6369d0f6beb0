package org.govexchange.bench.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govexchange.contracts.grant.GrantContext;
import org.govexchange.contracts.grant.Masking;
import org.govexchange.contracts.internaltoken.InternalTokenKeys;
import org.govexchange.contracts.internaltoken.InternalTokenSigner;
import org.govexchange.contracts.internaltoken.InternalTokenVerifier;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class GatewayPiecesTest {

    @Test
    void directTokensCarryTheGrantAndVerifyWithTheGatewaysPublicKey() {
        KeyPair pair = InternalTokenKeys.generate();
        GrantContext grant = new GrantContext(
                "bench",
                "11350100003501038C",
                "hrss-system",
                "grant-1",
                "101001/000001",
                Set.of("idNumber", "name"),
                Map.of("idNumber", Masking.NONE, "name", Masking.NAME),
                "BENCH",
                null);
        DirectTokens tokens = new DirectTokens(
                new InternalTokenSigner((ECPrivateKey) pair.getPrivate(), "k", Clock.systemUTC()), grant);

        String token = tokens.token();
        GrantContext verified =
                new InternalTokenVerifier(List.of((ECPublicKey) pair.getPublic()), Clock.systemUTC()).verify(token);

        assertThat(verified.consumerDept()).isEqualTo("11350100003501038C");
        assertThat(verified.grantId()).isEqualTo("grant-1");
        assertThat(verified.fields()).containsExactlyInAnyOrder("idNumber", "name");
        assertThat(verified.masking())
                .containsOnly(Map.entry("idNumber", Masking.NONE), Map.entry("name", Masking.NAME));
        assertThat(verified.purpose()).isEqualTo("BENCH");
        // Re-minted only every REFRESH: consecutive calls share the token.
        assertThat(tokens.token()).isSameAs(token);
    }

    @Test
    void keyIdFollowsTheGatewaysNaming() {
        KeyPair pair = InternalTokenKeys.generate();
        String id = DirectTokens.keyId((ECPublicKey) pair.getPublic());
        assertThat(id).matches("gx-gateway-[0-9a-f]{16}");
        assertThat(DirectTokens.keyId((ECPublicKey) pair.getPublic())).isEqualTo(id);
    }

    @Test
    void failuresAreNamedByStatusAndProblemCode() {
        assertThat(LoadPhase.describe(429, "{\"status\":429,\"code\":\"RATE_LIMITED\"}"))
                .isEqualTo("429 RATE_LIMITED");
        assertThat(LoadPhase.describe(429, "{\"code\" : \"QUOTA_EXCEEDED\"}")).isEqualTo("429 QUOTA_EXCEEDED");
        assertThat(LoadPhase.describe(502, "")).isEqualTo("502");
        assertThat(LoadPhase.describe(500, null)).isEqualTo("500");
    }

    @Test
    void credentialsComeFromTheDepartmentsSystemClient() {
        var json = JsonMapper.builder()
                .build()
                .readTree("{\"departments\":{\"hrss\":{\"code\":\"11350100003501038C\",\"system\":{"
                        + "\"clientId\":\"hrss-system\",\"clientSecret\":\"s3cret\"}}}}");
        assertThat(Credentials.fromJson(json, "hrss", "test"))
                .isEqualTo(new Credentials("11350100003501038C", "hrss-system", "s3cret"));
        assertThatThrownBy(() -> Credentials.fromJson(json, "psb", "test")).hasMessageContaining("departments.psb");
    }

    @Test
    void grantFieldListsAreSplitInOrder() {
        assertThat(LookupData.csv("idNumber, name,,gender")).containsExactly("idNumber", "name", "gender");
        assertThat(LookupData.csv(null)).isEmpty();
    }

    @Test
    void addedP99IsJudgedAgainstTheCeiling() {
        assertThat(GatewayLookupBench.addedP99Line(2.5)).contains("+2.50 ms").endsWith("ok");
        assertThat(GatewayLookupBench.addedP99Line(3.01)).endsWith("MISSED");
    }

    @Test
    void openLoopSpreadsTheRateEvenlyOverTheThreads() {
        // 4 threads at 400 req/s in total: each thread every 10 ms, the threads 2.5 ms apart.
        assertThat(LoadPhase.dueNanos(0, 0, 4, 400)).isZero();
        assertThat(LoadPhase.dueNanos(1, 0, 4, 400)).isEqualTo(2_500_000);
        assertThat(LoadPhase.dueNanos(0, 1, 4, 400)).isEqualTo(10_000_000);
        assertThat(LoadPhase.dueNanos(3, 99, 4, 400)).isEqualTo(997_500_000);
        // Over one second, 400 requests are due in total.
        long due = 0;
        for (int t = 0; t < 4; t++) {
            for (long k = 0; LoadPhase.dueNanos(t, k, 4, 400) < 1_000_000_000L; k++) {
                due++;
            }
        }
        assertThat(due).isEqualTo(400);
    }
}
