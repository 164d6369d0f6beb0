package org.govexchange.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.govexchange.contracts.identifier.CertificateId;
import org.junit.jupiter.api.Test;

/**
 * New identifiers cannot be guessed from a known one, and no value a caller sends makes a 5xx: dates outside the
 * years 1900-9999, non-finite and huge numbers, deep pages are all 4xx problems, and nothing is stored.
 */
class BadInputTest extends CertificateServiceTest {

    private String type() {
        return amrPersonType("输入测试证");
    }

    @Test
    void consecutiveIdentifiersAreRandomAndStillValid() {
        String first = issue(AMR, type(), newPersonId()).get("id").asString();
        String second = issue(AMR, type(), newPersonId()).get("id").asString();
        CertificateId a = CertificateId.parse(first);
        CertificateId b = CertificateId.parse(second);
        String year = String.valueOf(LocalDate.now(SHANGHAI).getYear());
        for (CertificateId id : List.of(a, b)) {
            assertThat(id.serial()).startsWith(year).hasSize(22).containsOnlyDigits();
            assertThat(id.version()).isEqualTo("001");
        }
        BigInteger distance =
                new BigInteger(b.serial()).subtract(new BigInteger(a.serial())).abs();
        // Sequential serials were 1 apart; random ones are ~10^17 apart, so even a near neighbour is no hint.
        assertThat(distance).isGreaterThan(BigInteger.valueOf(1_000_000));
        assertThat(api.get("/api/certificates/certificates/" + second, gateway(AMR))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void datesOutsideTheYears1900To9999AreBadRequests() {
        for (Map.Entry<String, String> bad : List.of(
                Map.entry("validTo", "+999999999-12-31"),
                Map.entry("validFrom", "+999999999-01-01"),
                Map.entry("validFrom", "1899-12-31"),
                Map.entry("validTo", "+10000-01-01"))) {
            String holder = newPersonId();
            Map<String, Object> request = issueRequest(type(), holder);
            request.put(bad.getKey(), bad.getValue());
            var response = refusedIssue(holder, request, "DATE_OUT_OF_RANGE");
            assertThat(response.json().get("field").asString())
                    .as(bad.toString())
                    .isEqualTo(bad.getKey());
        }
        // Without a sign the parser refuses it already.
        String holder = newPersonId();
        Map<String, Object> unsigned = issueRequest(type(), holder);
        unsigned.put("validTo", "999999999-12-31");
        refusedIssue(holder, unsigned, "MALFORMED_REQUEST");
    }

    @Test
    void aDefaultValidityBeyondTheYear9999IsABadRequest() {
        String holder = newPersonId();
        Map<String, Object> request = issueRequest(type(), holder);
        // The type's 3650 days from here end in 10009.
        request.put("validFrom", "9999-06-01");
        refusedIssue(holder, request, "DATE_OUT_OF_RANGE");
    }

    @Test
    void badDatesAndNumbersInTheDataAreRefusedFieldByField() {
        String holder = newPersonId();
        Map<String, Object> request = issueRequest(type(), holder);
        request.put("data", Map.of("number", "NO-1", "issuedOn", "+999999999-01-01"));
        var response = api.post("/api/certificates/certificates", gateway(AMR), request);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.code()).isEqualTo("CERTIFICATE_DATA_INVALID");
        assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly("issuedOn");

        String overflowing = "{\"typeCode\":\"" + type() + "\",\"holderId\":\"" + holder
                + "\",\"holderName\":\"x\",\"data\":{\"number\":1e400}}";
        var nonFinite = api.post("/api/certificates/certificates", gateway(AMR), overflowing);
        assertThat(nonFinite.status()).as(nonFinite.body()).isBetween(400, 422);
        assertThat(nonFinite.code()).isNotNull();
        assertNothingStored(holder);
    }

    @Test
    void nonFiniteAndHugeNumbersAndDeepPagesAreBadRequests() {
        String holder = newPersonId();
        for (String maxUses : List.of("1e400", "NaN", "99999999999999999999", "-1")) {
            String body = "{\"holderId\":\"" + holder + "\",\"typeCodes\":[\"" + type()
                    + "\"],\"consumerDept\":\"" + HRSS
                    + "\",\"matterCode\":\"M\",\"validUntil\":\"2030-01-01T00:00:00Z\","
                    + "\"maxUses\":" + maxUses + "}";
            var response = api.post("/api/certificates/consents", portal(), body);
            assertThat(response.status()).as(maxUses).isEqualTo(400);
            assertThat(response.code()).as(maxUses).isNotNull();
        }
        for (String query : List.of("page=5001", "page=99999999999", "size=1e400", "page=0", "size=201")) {
            var response = api.get("/api/certificates/holders/" + holder + "/usage?" + query, portal());
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.code()).as(query).isEqualTo("VALIDATION_FAILED");
        }
        assertThat(jdbc.queryForObject("select count(*) from consent where holder_id = ?", Integer.class, holder))
                .isZero();
    }

    /** Issues {@code request} as AMR: a 400 with {@code code}, and nothing stored for {@code holder}. */
    private Api.Response refusedIssue(String holder, Object request, String code) {
        var response = api.post("/api/certificates/certificates", gateway(AMR), request);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.code()).isEqualTo(code);
        assertNothingStored(holder);
        return response;
    }

    private void assertNothingStored(String holder) {
        assertThat(jdbc.queryForObject("select count(*) from certificate where holder_id = ?", Integer.class, holder))
                .isZero();
    }
}
