package org.govexchange.catalog.department;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.govexchange.catalog.CatalogApiTest;
import org.govexchange.contracts.problem.ProblemCodes;
import org.junit.jupiter.api.Test;

/** Registration and rotation of front-node signing keys. */
class DepartmentKeyTest extends CatalogApiTest {

    /** SubjectPublicKeyInfo of the SM2 curve's generator point: a valid SM2 public key (private key 1). */
    static final String SM2_GENERATOR_PEM = pem(HexFormat.of()
            .parseHex("3059301306072a8648ce3d020106082a811ccf5501822d03420004"
                    + "32c4ae2c1f1981195f9904466a39c9948fe30bbff2660be1715a4589334c74c7"
                    + "bc3736a2f4f6779c59bdcee36b692153d0a9877cc62a474002df32e52139f0a0"));

    @Test
    void aNodeRegistersItsKeyAndRotationKeepsTheOldOneForTheOverlap() throws Exception {
        Dept dept = newDepartment("密钥测试局");
        String system = token(dept.systemId(), dept.systemSecret());

        Response first = post(
                "/api/catalog/departments/" + dept.code() + "/keys",
                system,
                Map.of("alg", "ED25519", "publicKeyPem", ed25519()));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String firstId = first.read("$.keyId");
        assertThat(firstId).startsWith("k-").hasSize(18);
        assertThat((String) first.read("$.status")).isEqualTo("ACTIVE");
        assertThat(first.body()).doesNotContain("\"notAfter\"");

        Response second = post(
                "/api/catalog/departments/" + dept.code() + "/keys",
                adminTokenOf(dept),
                Map.of("alg", "ED25519", "publicKeyPem", ed25519()));
        assertThat(second.status()).isEqualTo(201);

        Response listed = get("/api/catalog/departments/" + dept.code() + "/keys", system);
        assertThat(listed.status()).isEqualTo(200);
        List<String> statuses = listed.read("$[*].status");
        assertThat(statuses).containsExactly("ACTIVE", "ACTIVE");
        String overlapEnd =
                listed.read("$[?(@.keyId == '" + firstId + "')].notAfter").toString();
        Instant end = Instant.parse(overlapEnd.replaceAll("[\\[\\]\"]", ""));
        assertThat(Duration.between(Instant.now(), end)).isBetween(Duration.ofDays(6), Duration.ofDays(7));

        var audit = awaitRecords(
                "gx.audit",
                r -> r.value().contains("\"kind\":\"KEY_REGISTERED\"")
                        && r.value().contains(firstId));
        assertThat(audit.get(0).value()).contains("\"providerDept\":\"" + dept.code() + "\"");
        awaitRecords(
                "gx.catalog.events",
                r -> dept.code().equals(r.key()) && r.value().contains("DEPARTMENT_KEY_REGISTERED"));
    }

    @Test
    void anSm2KeyOnTheCurveIsAccepted() {
        Dept dept = newDepartment("国密测试局");
        Response response = post(
                "/api/catalog/departments/" + dept.code() + "/keys",
                adminTokenOf(dept),
                Map.of(
                        "alg",
                        "SM2",
                        "publicKeyPem",
                        SM2_GENERATOR_PEM,
                        "notAfter",
                        Instant.now().plusSeconds(86_400).toString()));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat((String) response.read("$.alg")).isEqualTo("SM2");
        assertThat(response.body()).contains("\"notAfter\"");
    }

    @Test
    void badKeysAreRefused() throws Exception {
        Dept dept = newDepartment("坏密钥测试局");
        String path = "/api/catalog/departments/" + dept.code() + "/keys";
        String token = adminTokenOf(dept);

        assertProblem(
                post(path, token, Map.of("alg", "ED25519", "publicKeyPem", "not a pem")), 422, PublicKeys.KEY_FORMAT);
        assertProblem(post(path, token, Map.of("alg", "SM2", "publicKeyPem", ed25519())), 422, PublicKeys.KEY_FORMAT);
        assertProblem(
                post(path, token, Map.of("alg", "ED25519", "publicKeyPem", SM2_GENERATOR_PEM)),
                422,
                PublicKeys.KEY_FORMAT);
        // The generator point with one coordinate changed is no longer on the curve.
        String offCurve = SM2_GENERATOR_PEM.replace("MsSuLB8ZgRlfmQRGajnJlI/jC7/y", "MsSuLB8ZgRlfmQRGajnJlI/jC7/z");
        assertThat(offCurve).isNotEqualTo(SM2_GENERATOR_PEM);
        assertProblem(post(path, token, Map.of("alg", "SM2", "publicKeyPem", offCurve)), 422, PublicKeys.KEY_FORMAT);

        String key = ed25519();
        assertThat(post(path, token, Map.of("alg", "ED25519", "publicKeyPem", key))
                        .status())
                .isEqualTo(201);
        assertProblem(
                post(path, token, Map.of("alg", "ED25519", "publicKeyPem", key)), 409, DepartmentKeyService.KEY_EXISTS);
        assertProblem(
                post(
                        path,
                        token,
                        Map.of("alg", "ED25519", "publicKeyPem", ed25519(), "notAfter", "2001-01-01T00:00:00Z")),
                400,
                ProblemCodes.VALIDATION_FAILED);
    }

    @Test
    void anotherDepartmentCannotRegisterKeysForIt() throws Exception {
        Dept a = newDepartment("甲局");
        Dept b = newDepartment("乙局");
        assertProblem(
                post(
                        "/api/catalog/departments/" + a.code() + "/keys",
                        token(b.systemId(), b.systemSecret()),
                        Map.of("alg", "ED25519", "publicKeyPem", ed25519())),
                403,
                ProblemCodes.FORBIDDEN);
    }

    static String ed25519() throws Exception {
        return pem(KeyPairGenerator.getInstance("Ed25519")
                .generateKeyPair()
                .getPublic()
                .getEncoded());
    }

    static String pem(byte[] der) {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der) + "\n-----END PUBLIC KEY-----\n";
    }
}
