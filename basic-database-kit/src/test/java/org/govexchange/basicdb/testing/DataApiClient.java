package org.govexchange.basicdb.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.govexchange.contracts.grant.GrantContext;
import org.govexchange.contracts.grant.Masking;
import org.govexchange.contracts.internaltoken.InternalToken;
import org.govexchange.testkit.TestInternalTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the running service as the gateway does: with an internal token carrying a grant. */
public final class DataApiClient {

    public static final String CONSUMER_DEPT = "11350100003501038C";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    public DataApiClient(int port) {
        this.port = port;
    }

    /**
     * A grant of {@code resourceCode} to the consumer department as the gateway puts it in the token: the
     * {@code fields} in catalog order, each with the catalog's own masking ({@code catalogMasking}, every field
     * of the resource in catalog order), NONE where the grant allows the plain value.
     */
    public static GrantContext grant(
            String resourceCode, Map<String, Masking> catalogMasking, Set<String> fields, Set<String> plainFields) {
        if (!catalogMasking.keySet().containsAll(fields)) {
            throw new IllegalArgumentException("not fields of the resource: " + fields);
        }
        Map<String, Masking> masking = new LinkedHashMap<>();
        catalogMasking.forEach((field, catalog) -> {
            if (fields.contains(field)) {
                masking.put(field, plainFields.contains(field) ? Masking.NONE : catalog);
            }
        });
        return grant(resourceCode, masking);
    }

    /** A grant of exactly these fields, each masked as given (a token as the gateway mints it). */
    public static GrantContext grant(String resourceCode, Map<String, Masking> fieldMasking) {
        return new GrantContext(
                UUID.randomUUID().toString(),
                CONSUMER_DEPT,
                "hrss-app",
                "grant-1",
                resourceCode,
                fieldMasking.keySet(),
                fieldMasking,
                "TEST",
                "CASE-1");
    }

    public Response get(String path, GrantContext grant) throws IOException, InterruptedException {
        return send(request(path, grant).GET());
    }

    public Response post(String path, GrantContext grant, String json) throws IOException, InterruptedException {
        return send(request(path, grant)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response getWithBearer(String path, String authorization) throws IOException, InterruptedException {
        var builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return send(builder.GET());
    }

    private HttpRequest.Builder request(String path, GrantContext grant) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header(InternalToken.HEADER, TestInternalTokens.mint(grant));
    }

    private Response send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body(),
                response.body().isEmpty() ? null : JSON.readTree(response.body()));
    }

    public record Response(int status, String contentType, String body, JsonNode json) {}
}
