package org.govexchange.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govexchange.certificate.Api.Caller;
import org.govexchange.contracts.grant.Masking;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A consumer's read is a record of the catalog's certificate resource, cut to the fields of its grant (which the
 * gateway has already narrowed to ?fields=) and masked as the grant says; nothing else leaves.
 */
class GrantedReadsTest extends CertificateServiceTest {

    private String type() {
        return amrPersonType("投影测试证");
    }

    @Test
    void aFullGrantReadsEveryCatalogFieldAndNothingElse() {
        String holder = newPersonId();
        JsonNode issued = issue(AMR, type(), holder);
        String id = issued.get("id").asString();

        var read = api.get("/api/certificates/certificates/" + id, gateway(AMR));
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(names(read.json())).containsExactlyElementsOf(Caller.FIELDS);
        assertThat(read.json().get("holderIdentifier").asString()).isEqualTo(holder);
        assertThat(read.json().get("holderName").asString()).isEqualTo("测试人");
        assertThat(read.json().get("typeCode").asString()).isEqualTo(type());
        assertThat(read.json().get("status").asString()).isEqualTo("VALID");
        assertThat(read.json().get("expiryDate").asString())
                .isEqualTo(issued.get("validTo").asString());
        assertThat(read.json().get("issueDate").asString()).hasSize(10);
        // The certificate's data, keys and attachment are not fields of the resource.
        assertThat(read.body()).doesNotContain("NO-").doesNotContain("keyId").doesNotContain("\"data\"");
    }

    @Test
    void aNarrowedGrantReadsOnlyItsFieldsWhateverTheQueryAsks() {
        String holder = newPersonId();
        String id = issue(AMR, type(), holder).get("id").asString();
        Caller narrowed = gateway(AMR, Map.of("certificateId", Masking.NONE, "status", Masking.NONE));

        // The gateway narrowed the grant to ?fields=certificateId,status; asking the service for more changes nothing.
        var read = api.get("/api/certificates/certificates/" + id + "?fields=holderName,holderIdentifier", narrowed);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(names(read.json())).containsExactlyInAnyOrder("certificateId", "status");
        assertThat(read.body()).doesNotContain(holder).doesNotContain("测试人");
    }

    @Test
    void maskingFollowsTheToken() {
        String holder = newPersonId();
        String id = issue(AMR, type(), holder).get("id").asString();
        Map<String, Masking> fields = new LinkedHashMap<>();
        fields.put("certificateId", Masking.NONE);
        fields.put("holderName", Masking.NAME);
        fields.put("holderIdentifier", Masking.ID_NUMBER);
        fields.put("status", Masking.FULL);

        var read = api.get("/api/certificates/certificates/" + id, gateway(AMR, fields));
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(names(read.json())).containsExactly("certificateId", "holderName", "holderIdentifier", "status");
        assertThat(read.json().get("holderName").asString()).isEqualTo("测**");
        assertThat(read.json().get("holderIdentifier").asString())
                .isEqualTo(holder.substring(0, 6) + "********" + holder.substring(14));
        assertThat(read.json().get("status").asString()).isEqualTo("***");

        // The same certificate under a plain grant: the token, not the service, decided the masking.
        var plain = api.get(
                "/api/certificates/certificates/" + id,
                gateway(AMR, Map.of("holderName", Masking.NONE, "holderIdentifier", Masking.NONE)));
        assertThat(plain.json().get("holderIdentifier").asString()).isEqualTo(holder);
    }

    @Test
    void aListUnderConsentIsProjectedToo() {
        String holder = newPersonId();
        String id = issue(AMR, type(), holder).get("id").asString();
        String consent = consent(holder, List.of(type()), HRSS, "MATTER-PROJECTION", 3);
        var listed = api.get(
                "/api/certificates/certificates?holderId=" + holder + "&consentId=" + consent,
                gateway(HRSS, Map.of("certificateId", Masking.NONE, "holderIdentifier", Masking.ID_NUMBER)));
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        JsonNode only = listed.json().get("certificates").get(0);
        assertThat(names(only)).containsExactlyInAnyOrder("certificateId", "holderIdentifier");
        assertThat(only.get("certificateId").asString()).isEqualTo(id);
        assertThat(only.get("holderIdentifier").asString()).contains("********");
    }

    @Test
    void theSignedDocumentAndFileNeedEveryFieldUnmasked() {
        String id = issue(AMR, type(), newPersonId()).get("id").asString();
        Map<String, Masking> masked = new LinkedHashMap<>();
        Caller.FIELDS.forEach(field -> masked.put(field, Masking.NONE));
        masked.put("holderIdentifier", Masking.ID_NUMBER);
        for (String part : List.of("/document", "/attachment")) {
            var refused = api.get("/api/certificates/certificates/" + id + part, gateway(AMR, masked));
            assertThat(refused.status()).as(part).isEqualTo(403);
            assertThat(refused.code()).isEqualTo("CERTIFICATE_DOCUMENT_NOT_GRANTED");
            assertThat(refused.raw().headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        assertThat(api.get("/api/certificates/certificates/" + id + "/document", gateway(AMR))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aTokenForAnotherResourceOpensNothingHere() {
        String id = issue(AMR, type(), newPersonId()).get("id").asString();
        Map<String, Masking> all = new LinkedHashMap<>();
        Caller.FIELDS.forEach(field -> all.put(field, Masking.NONE));
        Caller population = Caller.department(AMR, "101001/000001", "grant-population", all);
        for (String path : List.of("", "/verification", "/document")) {
            var response = api.get("/api/certificates/certificates/" + id + path, population);
            assertThat(response.status()).as(path).isEqualTo(403);
            assertThat(response.code()).isEqualTo("TOKEN_RESOURCE_MISMATCH");
        }
        var issue = api.post("/api/certificates/certificates", population, issueRequest(type(), newPersonId()));
        assertThat(issue.status()).isEqualTo(403);
        assertThat(issue.code()).isEqualTo("TOKEN_RESOURCE_MISMATCH");
    }

    private static Caller gateway(String dept, Map<String, Masking> fields) {
        return Caller.department(dept, fields);
    }

    private static List<String> names(JsonNode node) {
        return node.propertyNames().stream().toList();
    }
}
