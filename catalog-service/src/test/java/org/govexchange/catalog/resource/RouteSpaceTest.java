package org.govexchange.catalog.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govexchange.catalog.CatalogBodies.resourceBody;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.govexchange.catalog.CatalogApiTest;
import org.junit.jupiter.api.Test;

/**
 * A resource's gateway apiPath cannot take over a route: canonical form, reserved paths, the services' route
 * space and other resources' paths, on create, update and again at publish.
 */
class RouteSpaceTest extends CatalogApiTest {

    private static final String RESOURCES = "/api/catalog/resources";

    @Test
    void onlyTheCanonicalFormIsAccepted() {
        Dept provider = newDepartment("路径规范局");
        String token = adminTokenOf(provider);
        String base = "/api/test/" + UUID.randomUUID();
        for (String path : List.of(
                base + "/",
                base.replace("/test/", "/test//"),
                base + "/./x",
                base + "/../x",
                base + "/.",
                base + ";jsessionid=1",
                base + "/%62atch",
                base + "\\x",
                base + "/a\u0000b",
                base + "/a\tb",
                base + "/a b",
                base + "/Batch",
                "/API/test/" + UUID.randomUUID(),
                base + "/under_score",
                base + "/dotted.name",
                base + "/-dash",
                base + "/é",
                "api/test/x",
                "/",
                base + "/" + "x".repeat(300))) {
            assertProblem(
                    post(RESOURCES, token, resourceBody(provider.code(), "UNCONDITIONAL", path)),
                    422,
                    RouteSpace.NOT_CANONICAL);
        }
        assertThat(post(RESOURCES, token, resourceBody(provider.code(), "UNCONDITIONAL", base + "/x-2y"))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void reservedPathsCannotBeTakenNorShadowed() {
        Dept provider = newDepartment("保留路径局");
        String token = adminTokenOf(provider);
        for (String path : List.of(
                "/oauth2",
                "/oauth2/token",
                "/actuator",
                "/actuator/prometheus",
                "/openapi/catalog",
                "/v3/api-docs",
                "/swagger-ui",
                "/console/x",
                "/api/catalog/resources",
                "/api/exchange",
                "/api/exchange/nodes",
                "/api")) {
            Response refused = post(RESOURCES, token, resourceBody(provider.code(), "UNCONDITIONAL", path));
            assertProblem(refused, 422, RouteSpace.RESERVED);
            assertThat((String) refused.read("$.reserved")).startsWith("/");
        }
        // /.well-known is reserved too, but its dot already makes it non-canonical.
        assertProblem(
                post(RESOURCES, token, resourceBody(provider.code(), "UNCONDITIONAL", "/.well-known/jwks")),
                422,
                RouteSpace.NOT_CANONICAL);
    }

    @Test
    void aPathLiesBelowTheSpaceOfAServiceThatServesData() {
        Dept provider = newDepartment("路由空间局");
        String token = adminTokenOf(provider);
        for (String path : List.of("/api/population", "/api/test", "/api/other/x", "/data/x", "/population/persons")) {
            assertProblem(
                    post(RESOURCES, token, resourceBody(provider.code(), "UNCONDITIONAL", path)),
                    422,
                    RouteSpace.OUTSIDE_SERVICE_SPACE);
        }
    }

    @Test
    void theDemoPopulationRouteCannotBeTakenOverNorExtended() {
        Dept provider = newDepartment("接管尝试局");
        String token = adminTokenOf(provider);
        String population = jdbc.queryForObject(
                "SELECT code FROM resource WHERE api_path = '/api/population/persons'", String.class);

        Response batch =
                post(RESOURCES, token, resourceBody(provider.code(), "UNCONDITIONAL", "/api/population/persons/batch"));
        assertProblem(batch, 422, RouteSpace.OVERLAPS);
        assertThat((String) batch.read("$.resource")).isEqualTo(population);
        assertThat((String) batch.read("$.otherApiPath")).isEqualTo("/api/population/persons");
        assertThat(batch.body()).contains(population);

        assertProblem(
                post(RESOURCES, token, resourceBody(provider.code(), "UNCONDITIONAL", "/api/population/persons")),
                409,
                ResourceService.API_PATH_TAKEN);

        // Segment by segment, not by string prefix: a sibling whose name starts alike is its own route.
        String sibling =
                "/api/population/persons" + UUID.randomUUID().toString().replace("-", "");
        assertThat(post(RESOURCES, token, resourceBody(provider.code(), "UNCONDITIONAL", sibling))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void aPathIsNeitherAboveNorBelowAnotherResourcesPath() {
        Dept provider = newDepartment("重叠路径局");
        String token = adminTokenOf(provider);
        String base = "/api/test/" + UUID.randomUUID();
        Response first = post(RESOURCES, token, resourceBody(provider.code(), "UNCONDITIONAL", base + "/a/b"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String firstCode = first.read("$.code");

        for (String path : List.of(base, base + "/a", base + "/a/b/c")) {
            Response refused = post(RESOURCES, token, resourceBody(provider.code(), "UNCONDITIONAL", path));
            assertProblem(refused, 422, RouteSpace.OVERLAPS);
            assertThat((String) refused.read("$.resource")).isEqualTo(firstCode);
        }
        assertThat(post(RESOURCES, token, resourceBody(provider.code(), "UNCONDITIONAL", base + "/a/bc"))
                        .status())
                .isEqualTo(201);

        // A retired resource serves nothing: its path is free again.
        assertThat(post(RESOURCES + "/" + firstCode + "/publish", token, null).status())
                .isEqualTo(200);
        assertThat(post(RESOURCES + "/" + firstCode + "/retire", token, null).status())
                .isEqualTo(200);
        assertThat(post(RESOURCES, token, resourceBody(provider.code(), "UNCONDITIONAL", base + "/a/b/c"))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void anUpdateObeysTheSameRules() {
        Dept provider = newDepartment("路径更新局");
        String token = adminTokenOf(provider);
        Map<String, Object> body = resourceBody(provider.code(), "UNCONDITIONAL", "/api/test/" + UUID.randomUUID());
        Response created = post(RESOURCES, token, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String code = created.read("$.code");

        body.put("apiPath", "/oauth2");
        assertProblem(put(RESOURCES + "/" + code, token, body), 422, RouteSpace.RESERVED);
        body.put("apiPath", "/api/population/persons/batch");
        assertProblem(put(RESOURCES + "/" + code, token, body), 422, RouteSpace.OVERLAPS);
        body.put("apiPath", "/api/test/x/");
        assertProblem(put(RESOURCES + "/" + code, token, body), 422, RouteSpace.NOT_CANONICAL);
        assertThat(jdbc.queryForObject("SELECT api_path FROM resource WHERE code = ?", String.class, code))
                .isEqualTo(created.read("$.apiPath"));
    }

    @Test
    void publishingChecksThePathAgain() {
        Dept provider = newDepartment("发布复核局");
        String token = adminTokenOf(provider);
        // Drafts stored before these rules existed (or under a wider route space) are caught when published.
        for (var legacy : Map.of(
                        "/oauth2", RouteSpace.RESERVED,
                        "/api/population/persons/batch", RouteSpace.OVERLAPS,
                        "/api/wt/legacy", RouteSpace.OUTSIDE_SERVICE_SPACE,
                        "/api/test/legacy/", RouteSpace.NOT_CANONICAL)
                .entrySet()) {
            Response created = post(
                    RESOURCES, token, resourceBody(provider.code(), "UNCONDITIONAL", "/api/test/" + UUID.randomUUID()));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String code = created.read("$.code");
            jdbc.update("UPDATE resource SET api_path = ? WHERE code = ?", legacy.getKey(), code);

            assertProblem(post(RESOURCES + "/" + code + "/publish", token, null), 422, legacy.getValue());
            assertThat(jdbc.queryForObject("SELECT status FROM resource WHERE code = ?", String.class, code))
                    .isEqualTo("DRAFT");
        }
    }
}
