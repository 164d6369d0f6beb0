package org.govexchange.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govexchange.catalog.CatalogBodies.account;
import static org.govexchange.catalog.CatalogBodies.application;
import static org.govexchange.catalog.CatalogBodies.resourceBody;

import java.util.Map;
import java.util.UUID;
import org.govexchange.catalog.department.DepartmentKeyTestKeys;
import org.govexchange.testkit.HostileWalk;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the catalog's OpenAPI document with the test kit's table of hostile values: no 5xx, every
 * 4xx a problem+json with a code, no row changed except by the creates and updates named below. Path parameters
 * name real departments, resources, applications and grants, and bodies start valid, so the hostile value is
 * what the service has to judge.
 */
class HostileWalkTest extends CatalogApiTest {

    private java.util.function.BinaryOperator<String> tokenFor;

    private String tokenFor(String method, String path) {
        return tokenFor.apply(method, path);
    }

    @Test
    void everyOperationRefusesHostileValuesCleanly() throws Exception {
        Dept provider = newDepartment("恶意遍历提供局");
        Dept consumer = newDepartment("恶意遍历使用局");
        String resource = publishedResource(provider, "CONDITIONAL");
        String[] parts = resource.split("/");
        Response application = submit(consumer, application(resource, "idNumber", "name"));
        assertThat(application.status()).as(application.body()).isEqualTo(201);
        String granted = publishedResource(provider, "UNCONDITIONAL");
        Response grant = submit(consumer, application(granted, "idNumber", "name"));
        assertThat(grant.status()).as(grant.body()).isEqualTo(201);
        String serviceId = clientId("walk-service");
        String service = token(serviceId, newAccount(serviceId, "SERVICE"));
        // The platform administrator may call everything but the lookups (SERVICE) and a department's own acts.
        tokenFor = (method, path) -> {
            if (path.startsWith("/api/catalog/lookup/")) {
                return service;
            }
            if (method.equals("POST") && path.equals("/api/catalog/applications")) {
                return adminTokenOf(consumer);
            }
            if (path.endsWith("/approve") || path.endsWith("/reject")) {
                return adminTokenOf(provider);
            }
            return adminToken();
        };

        HostileWalk.of(port, jdbc)
                .credentials((method, path) -> Map.of("Authorization", "Bearer " + tokenFor(method, path)))
                .seed("code", quoted(provider.code()))
                .seed("classification", quoted(parts[0]))
                .seed("sequence", quoted(parts[1]))
                .seed("clientId", quoted(provider.adminId()))
                .seed("id", quoted(application.read("$.id")))
                .seed("GET /api/catalog/grants/{id}", "id", quoted(grant.read("$.grantId")))
                .seed("POST /api/catalog/grants/{id}/revoke", "id", quoted(grant.read("$.grantId")))
                .body(
                        "POST /api/catalog/departments",
                        json.writeValueAsString(Map.of(
                                "code",
                                newCreditCode(),
                                "name",
                                "恶意遍历新局",
                                "level",
                                "CITY",
                                "contact",
                                "测试 0591-00000000")))
                .body(
                        "POST /api/catalog/accounts",
                        json.writeValueAsString(account(clientId("walk-account"), null, "AUDITOR")))
                .body(
                        "POST /api/catalog/resources",
                        json.writeValueAsString(
                                resourceBody(provider.code(), "UNCONDITIONAL", "/api/test/walk-" + UUID.randomUUID())))
                .body(
                        "PUT /api/catalog/resources/{classification}/{sequence}",
                        json.writeValueAsString(
                                resourceBody(provider.code(), "CONDITIONAL", "/api/test/walk-" + UUID.randomUUID())))
                .body(
                        "POST /api/catalog/applications",
                        json.writeValueAsString(application(resource, "idNumber", "name")))
                .body("POST /api/catalog/applications/{id}/approve", "{}")
                .body("POST /api/catalog/applications/{id}/reject", "{\"reason\":\"不符合条件\"}")
                .body("POST /api/catalog/grants/{id}/revoke", "{\"reason\":\"超范围使用\"}")
                .body(
                        "POST /api/catalog/departments/{code}/keys",
                        json.writeValueAsString(
                                Map.of("alg", "ED25519", "publicKeyPem", DepartmentKeyTestKeys.ed25519())))
                // Creates and updates: a name that reads like SQL or a script is still a name (escaping is the
                // reader's job; CSV exports neutralise formulas), so a 2xx may write; a refusal may not.
                .writes("POST /api/catalog/departments", "registers a department")
                .writes("PATCH /api/catalog/departments/{code}", "updates a department's name or contact")
                .writes("POST /api/catalog/departments/{code}/keys", "registers a key (any valid expiry)")
                .writes("POST /api/catalog/accounts", "creates an account")
                .writes("POST /api/catalog/resources", "creates a draft resource")
                .writes("PUT /api/catalog/resources/{classification}/{sequence}", "updates a resource")
                .writes("POST /api/catalog/applications", "submits an application")
                .writes("POST /api/catalog/applications/{id}/approve", "approves with any valid quota or date")
                .writes("POST /api/catalog/applications/{id}/reject", "rejects with any reason text")
                .writes("POST /api/catalog/grants/{id}/revoke", "revokes with any reason text")
                .countRowsOnly("outbox_event", "the relay stamps sent_at on rows after publishing them to Kafka")
                .run()
                .assertClean();
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }
}
