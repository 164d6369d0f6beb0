package org.govexchange.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.govexchange.certificate.Api.Caller;
import org.govexchange.contracts.identifier.CertificateId;
import org.govexchange.contracts.identifier.IdentifierViolation;
import org.govexchange.contracts.identifier.InvalidIdentifierException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Issue → fetch → verify → revoke → verify, and everything an issuer can get wrong on the way. */
class IssueAndVerifyTest extends CertificateServiceTest {

    /** Whatever status the contracts give an invalid identifier in a request body. */
    private static final int IDENTIFIER_STATUS =
            new InvalidIdentifierException(new IdentifierViolation("X", "x")).status();

    /** Document verification on the certificate resource, under the caller's grant. */
    private static final String DOCUMENT_CHECK = "/api/certificates/certificates/verification";

    private String type() {
        return amrPersonType("测试许可证");
    }

    @Test
    void issueFetchVerifyRevokeVerify() {
        String holder = newPersonId();
        JsonNode issued = issue(AMR, type(), holder);
        String id = issued.get("id").asString();

        CertificateId parsed = CertificateId.parse(id);
        assertThat(parsed.typeCode()).isEqualTo(type());
        assertThat(parsed.issuerCode()).isEqualTo(AMR);
        assertThat(parsed.serial())
                .startsWith(String.valueOf(LocalDate.now(SHANGHAI).getYear()));
        assertThat(parsed.version()).isEqualTo("001");
        assertThat(issued.get("status").asString()).isEqualTo("VALID");
        assertThat(issued.get("holderIdType").asString()).isEqualTo("111");
        assertThat(issued.get("signatureAlgorithm").asString()).isEqualTo("SM2-SM3");

        var fetched = api.get("/api/certificates/certificates/" + id, gateway(AMR));
        assertThat(fetched.status()).as(fetched.body()).isEqualTo(200);
        assertThat(fetched.json().get("certificateId").asString()).isEqualTo(id);
        assertThat(fetched.json().get("holderIdentifier").asString()).isEqualTo(holder);
        assertThat(issued.get("data").get("issuedOn").asString()).isEqualTo("2025-03-01");

        JsonNode verified = verification(id);
        assertThat(verified.get("signatureValid").asBoolean()).isTrue();
        assertThat(verified.get("status").asString()).isEqualTo("VALID");
        assertThat(verified.get("issuer").asString()).isEqualTo(AMR);
        assertThat(verified.get("keyId").asString())
                .isEqualTo(issued.get("keyId").asString());

        var revoked = api.post(
                "/api/certificates/certificates/" + id + "/revocation", gateway(AMR), Map.of("reason", "证件信息有误"));
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        assertThat(revoked.json().get("status").asString()).isEqualTo("REVOKED");
        assertThat(revoked.json().get("statusReason").asString()).isEqualTo("证件信息有误");

        JsonNode afterRevocation = verification(id);
        assertThat(afterRevocation.get("signatureValid").asBoolean()).isTrue();
        assertThat(afterRevocation.get("status").asString()).isEqualTo("REVOKED");

        var again =
                api.post("/api/certificates/certificates/" + id + "/revocation", gateway(AMR), Map.of("reason", "x"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("CERTIFICATE_STATE_CONFLICT");
        assertThat(jdbc.queryForObject(
                        "select count(*) from certificate_status_change where certificate_id = ?", Integer.class, id))
                .isEqualTo(1);
    }

    @Test
    void suspensionIsLiftedByReinstatement() {
        String id = issue(AMR, type(), newPersonId()).get("id").asString();
        String base = "/api/certificates/certificates/" + id;

        assertThat(api.post(base + "/suspension", gateway(AMR), Map.of("reason", "核查中"))
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("SUSPENDED");
        assertThat(verification(id).get("status").asString()).isEqualTo("SUSPENDED");
        assertThat(api.post(base + "/reinstatement", gateway(AMR), Map.of("reason", "核查无误"))
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("VALID");
        var twice = api.post(base + "/reinstatement", gateway(AMR), Map.of("reason", "x"));
        assertThat(twice.status()).isEqualTo(409);
        var withoutReason = api.post(base + "/suspension", gateway(AMR), Map.of("reason", " "));
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.code()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void onlyTheIssuingDepartmentChangesAStatus() {
        String id = issue(AMR, type(), newPersonId()).get("id").asString();
        var response =
                api.post("/api/certificates/certificates/" + id + "/revocation", gateway(PSB), Map.of("reason", "x"));
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.code()).isEqualTo("ISSUER_NOT_AUTHORISED");
        assertThat(verification(id).get("status").asString()).isEqualTo("VALID");
    }

    @Test
    void anUnauthorisedIssuerIsRefusedAndNothingIsStored() {
        String holder = newPersonId();
        var response = api.post("/api/certificates/certificates", gateway(PSB), issueRequest(type(), holder));
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.code()).isEqualTo("ISSUER_NOT_AUTHORISED");
        assertThat(jdbc.queryForObject("select count(*) from certificate where holder_id = ?", Integer.class, holder))
                .isZero();
    }

    @Test
    void expiryAndFutureValidityShowInTheStatus() {
        Map<String, Object> expired = issueRequest(type(), newPersonId());
        expired.put("validFrom", "2019-01-01");
        expired.put("validTo", "2020-12-31");
        String expiredId = issue(AMR, expired).get("id").asString();
        assertThat(verification(expiredId).get("status").asString()).isEqualTo("EXPIRED");

        Map<String, Object> future = issueRequest(type(), newPersonId());
        future.put("validFrom", LocalDate.now(SHANGHAI).plusYears(1).toString());
        JsonNode issued = issue(AMR, future);
        assertThat(issued.get("status").asString()).isEqualTo("NOT_YET_VALID");
        // The type's default validity: 3650 days from validFrom, inclusive.
        assertThat(issued.get("validTo").asString())
                .isEqualTo(LocalDate.now(SHANGHAI).plusYears(1).plusDays(3649).toString());

        Map<String, Object> backwards = issueRequest(type(), newPersonId());
        backwards.put("validFrom", "2024-01-01");
        backwards.put("validTo", "2023-01-01");
        var refused = api.post("/api/certificates/certificates", gateway(AMR), backwards);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("CERTIFICATE_VALIDITY_INVALID");
    }

    @Test
    void dataNotMatchingTheTypeSchemaIsRefusedFieldByField() {
        Map<String, Object> request = issueRequest(type(), newPersonId());
        request.put("data", Map.of("issuedOn", "2025-02-30", "colour", "red"));
        var response = api.post("/api/certificates/certificates", gateway(AMR), request);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.code()).isEqualTo("CERTIFICATE_DATA_INVALID");
        assertThat(response.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("number", "issuedOn", "colour");

        Map<String, Object> tooLong = issueRequest(type(), newPersonId());
        tooLong.put("data", Map.of("number", "X".repeat(21)));
        assertThat(api.post("/api/certificates/certificates", gateway(AMR), tooLong)
                        .code())
                .isEqualTo("CERTIFICATE_DATA_INVALID");

        Map<String, Object> wrongType = issueRequest(type(), newPersonId());
        wrongType.put("data", Map.of("number", 12345));
        assertThat(api.post("/api/certificates/certificates", gateway(AMR), wrongType)
                        .code())
                .isEqualTo("CERTIFICATE_DATA_INVALID");
    }

    @Test
    void theHolderIdIsCheckedForTheTypesHolderKind() {
        var badChecksum =
                api.post("/api/certificates/certificates", gateway(AMR), issueRequest(type(), "110105194912310021"));
        assertThat(badChecksum.status()).isEqualTo(IDENTIFIER_STATUS);
        assertThat(badChecksum.code()).isEqualTo("ID_NUMBER_CHECKSUM");

        var organisationForPersonType =
                api.post("/api/certificates/certificates", gateway(AMR), issueRequest(type(), newOrganisationId()));
        assertThat(organisationForPersonType.status()).isEqualTo(IDENTIFIER_STATUS);
        assertThat(organisationForPersonType.code()).startsWith("ID_NUMBER_");

        var unknownType = api.post(
                "/api/certificates/certificates", gateway(AMR), issueRequest("11100000000013338W999", newPersonId()));
        assertThat(unknownType.status()).isEqualTo(422);
        assertThat(unknownType.code()).isEqualTo("CERTIFICATE_TYPE_NOT_FOUND");

        var notJson = api.post("/api/certificates/certificates", gateway(AMR), "{not json");
        assertThat(notJson.status()).isEqualTo(400);
    }

    @Test
    void badIdentifiersAreBadRequestsWithTheirCodeAndUnknownOnesAreNotFound() {
        String vector = "1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.U";
        String wrongCheck = vector.substring(0, vector.length() - 1) + "V";
        for (String suffix : List.of("", "/verification", "/document")) {
            var unknown = api.get("/api/certificates/certificates/" + vector + suffix, gateway(HRSS));
            assertThat(unknown.status()).as(suffix).isEqualTo(404);
            assertThat(unknown.code()).isEqualTo("CERTIFICATE_NOT_FOUND");

            var checksum = api.get("/api/certificates/certificates/" + wrongCheck + suffix, gateway(HRSS));
            assertThat(checksum.status()).as(suffix).isEqualTo(400);
            assertThat(checksum.code()).isEqualTo("CERTIFICATE_ID_CHECKSUM");
        }
        for (String malformed : List.of(
                "abc",
                "1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.01.U",
                "1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001",
                "1.2.156.3005.2.11100000000013338w011.11430000006122244L.20230000403.001.U",
                "1.2.156.3005.2..11430000006122244L.20230000403.001.U")) {
            var response = api.get("/api/certificates/certificates/" + malformed, gateway(HRSS));
            assertThat(response.status()).as(malformed).isEqualTo(400);
            assertThat(response.code()).isEqualTo("CERTIFICATE_ID_FORMAT");
        }
        var revokeMalformed =
                api.post("/api/certificates/certificates/abc/revocation", gateway(AMR), Map.of("reason", "x"));
        assertThat(revokeMalformed.status()).isEqualTo(400);
        assertThat(revokeMalformed.code()).isEqualTo("CERTIFICATE_ID_FORMAT");
    }

    @Test
    void anExportedDocumentVerifiesAndAnyOneByteTamperIsCaught() {
        String id = issue(AMR, type(), newPersonId()).get("id").asString();
        var exported = api.get("/api/certificates/certificates/" + id + "/document", gateway(AMR));
        assertThat(exported.status()).isEqualTo(200);
        String document = exported.body();
        Caller anyone = gateway(HRSS);

        var genuine = api.post(DOCUMENT_CHECK, anyone, document);
        assertThat(genuine.status()).as(genuine.body()).isEqualTo(200);
        assertThat(genuine.json().get("signatureValid").asBoolean()).isTrue();
        assertThat(genuine.json().get("status").asString()).isEqualTo("VALID");
        assertThat(genuine.json().get("certificateId").asString()).isEqualTo(id);

        // One character of the holder's name changed (测试人 → 测试入): the canonical bytes differ.
        String tamperedName = document.replace("测试人", "测试入");
        assertThat(tamperedName).isNotEqualTo(document);
        assertTampered(anyone, tamperedName, "SIGNATURE_MISMATCH");

        // One digit of the validity changed.
        ObjectNode tree = (ObjectNode) Api.JSON.readTree(document);
        ObjectNode content = (ObjectNode) tree.get("certificate");
        String validTo = content.get("validTo").asString();
        content.put(
                "validTo",
                validTo.substring(0, 3)
                        + (char) (validTo.charAt(3) == '9' ? '8' : validTo.charAt(3) + 1)
                        + validTo.substring(4));
        assertTampered(anyone, Api.JSON.writeValueAsString(tree), "SIGNATURE_MISMATCH");

        // One byte of the signature changed.
        ObjectNode forged = (ObjectNode) Api.JSON.readTree(document);
        byte[] signature =
                Base64.getDecoder().decode(forged.get("signature").get("value").asString());
        signature[signature.length / 2] ^= 0x01;
        ((ObjectNode) forged.get("signature")).put("value", Base64.getEncoder().encodeToString(signature));
        assertTampered(anyone, Api.JSON.writeValueAsString(forged), "SIGNATURE_MISMATCH");

        // The signature claims another key than the content names.
        ObjectNode otherKey = (ObjectNode) Api.JSON.readTree(document);
        ((ObjectNode) otherKey.get("signature")).put("keyId", "sm2-0000000000000000");
        assertTampered(anyone, Api.JSON.writeValueAsString(otherKey), "KEY_MISMATCH");

        // Member order and whitespace do not matter: the canonical form does.
        ObjectNode reordered = Api.JSON.createObjectNode();
        reordered.set("signature", Api.JSON.readTree(document).get("signature"));
        reordered.set("certificate", Api.JSON.readTree(document).get("certificate"));
        var stillGenuine = api.post(
                DOCUMENT_CHECK,
                anyone,
                Api.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(reordered));
        assertThat(stillGenuine.json().get("signatureValid").asBoolean()).isTrue();

        var noToken = api.post("/api/certificates/verification", Caller.anonymous(), document);
        assertThat(noToken.status()).isEqualTo(401);
        var empty = api.post(DOCUMENT_CHECK, anyone, "{}");
        assertThat(empty.status()).isEqualTo(400);
    }

    private void assertTampered(Caller caller, String document, String reason) {
        var response = api.post(DOCUMENT_CHECK, caller, document);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("signatureValid").asBoolean()).isFalse();
        assertThat(response.json().get("reason").asString()).isEqualTo(reason);
        assertThat(response.json().get("status")).isNull();
    }

    @Test
    void aPdfAttachmentIsStoredWithItsHashCoveredByTheSignature() throws Exception {
        byte[] pdf = ("%PDF-1.7\n" + "x".repeat(2000) + "\n%%EOF").getBytes(StandardCharsets.US_ASCII);
        Map<String, Object> request = issueRequest(type(), newPersonId());
        request.put(
                "attachment",
                Map.of(
                        "fileName",
                        "证照.pdf",
                        "mediaType",
                        "application/pdf",
                        "content",
                        Base64.getEncoder().encodeToString(pdf)));
        JsonNode issued = issue(AMR, request);
        String sha256 =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertThat(issued.get("attachment").get("sha256").asString()).isEqualTo(sha256);
        assertThat(issued.get("attachment").get("size").asLong()).isEqualTo(pdf.length);

        String id = issued.get("id").asString();
        var document = api.get("/api/certificates/certificates/" + id + "/document", gateway(AMR));
        assertThat(document.json()
                        .get("certificate")
                        .get("attachment")
                        .get("sha256")
                        .asString())
                .isEqualTo(sha256);

        var download = api.get("/api/certificates/certificates/" + id + "/attachment", gateway(AMR));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.raw().body()).isEqualTo(pdf);
        assertThat(download.raw().headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.raw().headers().firstValue("X-GX-Content-SHA256")).hasValue(sha256);

        Map<String, Object> notPdf = issueRequest(type(), newPersonId());
        notPdf.put(
                "attachment",
                Map.of(
                        "fileName",
                        "a.pdf",
                        "mediaType",
                        "application/pdf",
                        "content",
                        Base64.getEncoder().encodeToString("hello".getBytes())));
        var refused = api.post("/api/certificates/certificates", gateway(AMR), notPdf);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("ATTACHMENT_INVALID");

        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(pdf, 0, big, 0, 8);
        Map<String, Object> tooLarge = issueRequest(type(), newPersonId());
        tooLarge.put(
                "attachment",
                Map.of(
                        "fileName",
                        "big.pdf",
                        "mediaType",
                        "application/pdf",
                        "content",
                        Base64.getEncoder().encodeToString(big)));
        var oversized = api.post("/api/certificates/certificates", gateway(AMR), tooLarge);
        assertThat(oversized.status()).isEqualTo(413);
        assertThat(oversized.code()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void typesAreRegisteredByThePlatformAdministratorOnly() {
        String code = newTypeCode();
        Map<String, Object> request = typeRequest(code, "某证", "ORGANISATION", List.of(), AMR);
        var byDepartment = api.post("/api/certificates/types", departmentSystem(AMR), request);
        assertThat(byDepartment.status()).isEqualTo(403);
        assertThat(byDepartment.code()).isEqualTo("FORBIDDEN");

        assertThat(api.post("/api/certificates/types", admin(), request).status())
                .isEqualTo(201);
        var duplicate = api.post("/api/certificates/types", admin(), request);
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.code()).isEqualTo("CERTIFICATE_TYPE_EXISTS");

        var listed = api.get("/api/certificates/types", departmentSystem(HRSS));
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().findValuesAsString("typeCode")).contains(code);
        var one = api.get("/api/certificates/types/" + code, departmentSystem(HRSS));
        assertThat(one.json().get("holderIdType").asString()).isEqualTo("001");

        var badCode = api.post(
                "/api/certificates/types",
                admin(),
                typeRequest("11100000000013338X011", "x", "PERSON", List.of(), AMR));
        assertThat(badCode.status()).isEqualTo(422);
        assertThat(badCode.code()).isEqualTo("CERTIFICATE_TYPE_CODE_INVALID");

        var badIssuer = api.post(
                "/api/certificates/types",
                admin(),
                typeRequest(newTypeCode(), "x", "PERSON", List.of(), "91350100M000100Y4Z"));
        assertThat(badIssuer.status()).isEqualTo(IDENTIFIER_STATUS);
        assertThat(badIssuer.code()).isEqualTo("CREDIT_CODE_CHECKSUM");

        var badSchema = api.post(
                "/api/certificates/types",
                admin(),
                typeRequest(
                        newTypeCode(),
                        "x",
                        "PERSON",
                        List.of(Map.of(
                                "code",
                                "a",
                                "name",
                                "a",
                                "type",
                                "STRING",
                                "validation",
                                Map.of("kind", "REGEX", "pattern", "[unclosed"))),
                        AMR));
        assertThat(badSchema.status()).isEqualTo(422);
        assertThat(badSchema.code()).isEqualTo("CERTIFICATE_TYPE_SCHEMA_INVALID");
    }

    private JsonNode verification(String id) {
        var response = api.get("/api/certificates/certificates/" + id + "/verification", gateway(HRSS));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
