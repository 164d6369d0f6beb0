package org.govexchange.contracts.grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.govexchange.contracts.schema.Sensitivity;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class GrantPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private final JsonMapper json = JsonMapper.builder().build();

    private static GrantPolicy grant(ShareMode mode, GrantStatus status, LocalDate from, LocalDate to) {
        return new GrantPolicy(
                "g1",
                "C",
                "P",
                "101001/000001",
                1,
                "/api/population/persons",
                ShareType.CONDITIONAL,
                mode,
                List.of(new FieldPolicy("name", Masking.NAME, Sensitivity.L2)),
                100L,
                from,
                to,
                status);
    }

    @Test
    void theCatalogsJsonReadsWithUnknownMembersIgnoredAndWritesTheSameShape() {
        String event =
                "{\"grantId\":\"g1\",\"consumerCode\":\"C\",\"providerCode\":\"P\",\"resourceCode\":\"101001/000001\","
                        + "\"resourceVersion\":2,\"apiPath\":\"/api/population/persons\",\"shareType\":\"CONDITIONAL\","
                        + "\"mode\":\"API\",\"fields\":[{\"code\":\"name\",\"masking\":\"NAME\",\"sensitivity\":\"L2\","
                        + "\"later\":true}],\"dailyQuota\":100,\"validFrom\":\"2026-01-01\",\"validTo\":\"2026-12-31\","
                        + "\"status\":\"ACTIVE\",\"addedByALaterCatalog\":{\"x\":1}}";
        GrantPolicy grant = json.readValue(event, GrantPolicy.class);
        assertThat(grant.mode()).isEqualTo(ShareMode.API);
        assertThat(grant.status()).isEqualTo(GrantStatus.ACTIVE);
        assertThat(grant.shareType()).isEqualTo(ShareType.CONDITIONAL);
        assertThat(grant.resourceVersion()).isEqualTo(2);
        assertThat(grant.fields()).containsExactly(new FieldPolicy("name", Masking.NAME, Sensitivity.L2));
        assertThat(grant.dailyQuota()).isEqualTo(100L);

        String written = json.writeValueAsString(grant);
        assertThat(written)
                .contains(
                        "\"grantId\":\"g1\"",
                        "\"resourceVersion\":2",
                        "\"shareType\":\"CONDITIONAL\"",
                        "\"mode\":\"API\"",
                        "\"fields\":[{\"code\":\"name\",\"masking\":\"NAME\",\"sensitivity\":\"L2\"}]",
                        "\"dailyQuota\":100",
                        "\"validFrom\":\"2026-01-01\"",
                        "\"status\":\"ACTIVE\"");
        assertThat(json.readValue(written, GrantPolicy.class)).isEqualTo(grant);
    }

    @Test
    void absentMembersReadAsBefore() {
        GrantPolicy grant = json.readValue("{\"grantId\":\"g\",\"fields\":[{\"code\":\"x\"}]}", GrantPolicy.class);
        assertThat(grant.dailyQuota()).isZero();
        assertThat(grant.fields().get(0).masking()).isNull();
        assertThat(json.readValue("{\"grantId\":\"g\"}", GrantPolicy.class).fields())
                .isEmpty();
    }

    @Test
    void usableOnIsAnActiveApiGrantWithinItsValidity() {
        assertThat(grant(ShareMode.API, GrantStatus.ACTIVE, TODAY, TODAY).usableOn(TODAY))
                .isTrue();
        assertThat(grant(ShareMode.API, GrantStatus.ACTIVE, null, null).usableOn(TODAY))
                .isTrue();
        assertThat(grant(ShareMode.SUBSCRIPTION, GrantStatus.ACTIVE, null, null).usableOn(TODAY))
                .isFalse();
        assertThat(grant(ShareMode.API, GrantStatus.REVOKED, null, null).usableOn(TODAY))
                .isFalse();
        assertThat(grant(ShareMode.API, null, null, null).usableOn(TODAY)).isFalse();
        assertThat(grant(null, GrantStatus.ACTIVE, null, null).usableOn(TODAY)).isFalse();
        assertThat(grant(ShareMode.API, GrantStatus.ACTIVE, TODAY.plusDays(1), null)
                        .usableOn(TODAY))
                .isFalse();
        assertThat(grant(ShareMode.API, GrantStatus.ACTIVE, null, TODAY.minusDays(1))
                        .usableOn(TODAY))
                .isFalse();
    }

    @Test
    void deliversOnIsAnActiveSubscriptionWithinItsValidity() {
        assertThat(grant(ShareMode.SUBSCRIPTION, GrantStatus.ACTIVE, TODAY, TODAY)
                        .deliversOn(TODAY))
                .isTrue();
        assertThat(grant(null, null, null, null).deliversOn(TODAY)).isTrue();
        assertThat(grant(ShareMode.API, GrantStatus.ACTIVE, null, null).deliversOn(TODAY))
                .isFalse();
        assertThat(grant(ShareMode.SUBSCRIPTION, GrantStatus.EXPIRED, null, null)
                        .deliversOn(TODAY))
                .isFalse();
        assertThat(grant(ShareMode.SUBSCRIPTION, GrantStatus.ACTIVE, null, TODAY.minusDays(1))
                        .deliversOn(TODAY))
                .isFalse();
    }
}
