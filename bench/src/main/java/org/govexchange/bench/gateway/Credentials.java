package org.govexchange.bench.gateway;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A department system's client credentials as the local stack writes them to {@code .gx-local/credentials.json}
 * ({@code departments.<key>.system.clientId/clientSecret}, {@code departments.<key>.code}).
 */
record Credentials(String departmentCode, String clientId, String clientSecret) {

    static Credentials read(Path file, String departmentKey) throws IOException {
        JsonNode root = JsonMapper.builder().build().readTree(Files.readString(file));
        return fromJson(root, departmentKey, file.toString());
    }

    static Credentials fromJson(JsonNode root, String departmentKey, String source) {
        JsonNode department = root.path("departments").path(departmentKey);
        JsonNode system = department.path("system");
        if (department.isMissingNode() || system.path("clientId").isMissingNode()) {
            throw new IllegalArgumentException("no departments." + departmentKey + ".system in " + source);
        }
        return new Credentials(
                department.path("code").asString(),
                system.path("clientId").asString(),
                system.path("clientSecret").asString());
    }
}
