package org.govexchange.catalog.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.govexchange.catalog.CatalogApiTest;
import org.govexchange.contracts.identifier.CreditCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The local stack's demo data (enabled in the test configuration) and its credentials file. */
class DemoDataTest extends CatalogApiTest {

    @Autowired
    DemoDataLoader loader;

    @Autowired
    DemoProperties properties;

    @Test
    void everyCredentialInTheFileWorksAndTheFileIsPrivate() throws Exception {
        Path file = properties.credentialsFile();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        String content = Files.readString(file);

        assertThat((String) JsonPath.read(content, "$.admin.clientId")).isEqualTo(ADMIN_ID);
        assertThat((List<String>) JsonPath.read(content, "$.auditor.roles")).containsExactly("AUDITOR");
        assertThat((List<String>) JsonPath.read(content, "$.operator.roles")).containsExactly("OPERATOR");
        assertThat((List<String>) JsonPath.read(content, "$.departments.psb.system.roles"))
                .containsExactly("DEPT_SYSTEM");
        assertThat((List<String>) JsonPath.read(content, "$.departments.hrss.admin.roles"))
                .containsExactly("DEPT_ADMIN");
        List<Map<String, Object>> credentials = JsonPath.read(content, "$..[?(@.clientSecret)]");
        assertThat((List<String>) JsonPath.read(content, "$.portal.roles")).containsExactly("CONSENT_ISSUER");
        // admin, auditor, operator, service, portal + system and admin of 3 departments
        assertThat(credentials).hasSize(11);
        for (Map<String, Object> credential : credentials) {
            assertThat(requestToken((String) credential.get("clientId"), (String) credential.get("clientSecret"))
                            .statusCode())
                    .as("%s", credential.get("clientId"))
                    .isEqualTo(200);
        }
    }

    @Test
    void threeDepartmentsProvideAndConsumeThePublishedResources() throws Exception {
        String content = Files.readString(properties.credentialsFile());
        for (String key : List.of("psb", "amr", "hrss")) {
            String code = JsonPath.read(content, "$.departments." + key + ".code");
            assertThat(CreditCodes.isValid(code)).isTrue();
            assertThat((String) JsonPath.read(content, "$.departments." + key + ".system.departmentCode"))
                    .isEqualTo(code);
            assertThat(get("/api/catalog/departments/" + code, adminToken()).status())
                    .isEqualTo(200);
        }
        assertThat((String) JsonPath.read(content, "$.departments.psb.name")).isEqualTo("市公安局");

        Response population = resource(JsonPath.read(content, "$.resources.population.code"));
        assertThat((String) population.read("$.name")).isEqualTo("居民基本信息");
        assertThat((String) population.read("$.status")).isEqualTo("PUBLISHED");
        assertThat((String) population.read("$.shareType")).isEqualTo("CONDITIONAL");
        assertThat((String) population.read("$.category")).isEqualTo("BASIC");
        assertThat((String) population.read("$.providerCode")).isEqualTo(DemoCatalog.PSB.code());
        assertThat((String) population.read("$.apiPath")).isEqualTo("/api/population/persons");
        assertThat((List<String>) population.read("$.fields[*].code"))
                .containsExactly(
                        "idNumber",
                        "name",
                        "gender",
                        "birthDate",
                        "ethnicity",
                        "nativePlace",
                        "householdAddress",
                        "residenceAddress",
                        "phone",
                        "householdType",
                        "status");
        assertThat((List<String>) population.read("$.fields[?(@.key == true)].code"))
                .containsExactly("idNumber");

        Response legalEntity = resource(JsonPath.read(content, "$.resources.legalEntity.code"));
        assertThat((String) legalEntity.read("$.name")).isEqualTo("法人基本信息");
        assertThat((String) legalEntity.read("$.providerCode")).isEqualTo(DemoCatalog.AMR.code());
        assertThat((String) legalEntity.read("$.apiPath")).isEqualTo("/api/legal-entities/entities");
        assertThat((List<String>) legalEntity.read("$.fields[?(@.key == true)].code"))
                .containsExactly("creditCode");
        assertThat((String) legalEntity.read("$.status")).isEqualTo("PUBLISHED");

        Response certificates = resource(JsonPath.read(content, "$.resources.certificates.code"));
        assertThat((String) certificates.read("$.apiPath")).isEqualTo("/api/certificates/certificates");
        assertThat((String) certificates.read("$.status")).isEqualTo("PUBLISHED");
    }

    @Test
    void hrssHoldsMaskedApiAndSubscriptionGrantsOnThePopulationResource() throws Exception {
        String content = Files.readString(properties.credentialsFile());
        String population = JsonPath.read(content, "$.resources.population.code");

        Response grants = get(
                "/api/catalog/grants?consumer=" + DemoCatalog.HRSS.code() + "&resource=" + population
                        + "&status=ACTIVE",
                adminToken());

        assertThat((List<String>) grants.read("$[*].mode")).containsExactlyInAnyOrder("API", "SUBSCRIPTION");
        List<String> fields = grants.read("$[?(@.mode == 'API')].fields[*]");
        assertThat(fields).containsExactly("idNumber", "name", "gender", "birthDate", "residenceAddress");
        List<String> plain = grants.read("$[?(@.mode == 'API')].plainFields[*]");
        assertThat(plain).doesNotContain("name", "phone").contains("idNumber");
        assertThat(grants.body()).doesNotContain("\"phone\"");
    }

    @Test
    void hrssMayAlsoCheckEmployersAndTheirLicences() throws Exception {
        String content = Files.readString(properties.credentialsFile());
        for (String resource : List.of("legalEntity", "certificates")) {
            String code = JsonPath.read(content, "$.resources." + resource + ".code");
            Response grants = get(
                    "/api/catalog/grants?consumer=" + DemoCatalog.HRSS.code() + "&resource=" + code + "&status=ACTIVE",
                    adminToken());
            assertThat((List<String>) grants.read("$[*].mode")).as(resource).containsExactly("API");
        }
        String legalEntity = JsonPath.read(content, "$.resources.legalEntity.code");
        List<String> fields = get(
                        "/api/catalog/grants?consumer=" + DemoCatalog.HRSS.code() + "&resource=" + legalEntity
                                + "&status=ACTIVE",
                        adminToken())
                .read("$[0].fields[*]");
        assertThat(fields).containsExactlyElementsOf(DemoCatalog.HRSS_LEGAL_ENTITY_FIELDS);
    }

    @Test
    void loadingAgainChangesNothing() throws Exception {
        String before = Files.readString(properties.credentialsFile());
        Map<String, Integer> counts = counts();

        loader.load();

        assertThat(Files.readString(properties.credentialsFile())).isEqualTo(before);
        assertThat(counts()).isEqualTo(counts);
    }

    @Test
    void aLostCredentialsFileIsWrittenAgainWithWorkingSecrets() throws Exception {
        String before = Files.readString(properties.credentialsFile());
        String oldSecret = JsonPath.read(before, "$.departments.amr.system.clientSecret");
        Files.delete(properties.credentialsFile());

        loader.load();

        String after = Files.readString(properties.credentialsFile());
        String newSecret = JsonPath.read(after, "$.departments.amr.system.clientSecret");
        assertThat(newSecret).isNotEqualTo(oldSecret);
        assertThat(requestToken("amr-system", newSecret).statusCode()).isEqualTo(200);
        assertThat(requestToken("amr-system", oldSecret).statusCode()).isEqualTo(401);
        assertThat((String) JsonPath.read(after, "$.admin.clientSecret")).isEqualTo(ADMIN_SECRET);
        assertThat((String) JsonPath.read(after, "$.resources.population.code"))
                .isEqualTo(JsonPath.read(before, "$.resources.population.code"));
    }

    private Response resource(String code) {
        Response response = get("/api/catalog/resources/" + code, adminToken());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }

    private Map<String, Integer> counts() {
        return Map.of(
                "department", count("department"),
                "resource", count("resource"),
                "share_application", count("share_application"),
                "resource_grant", count("resource_grant"),
                "client_account", count("client_account"));
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
