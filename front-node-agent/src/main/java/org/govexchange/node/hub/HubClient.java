package org.govexchange.node.hub;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.govexchange.node.NodeProperties;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The node's calls to the platform through the gateway, each with the node's bearer token: key registration
 * in the catalog, the hub's public key, backfill requests, batch states. A refused token is fetched again once.
 */
@Component
public class HubClient {

    private final NodeProperties node;
    private final HttpClient http;
    private final HubTokens tokens;
    private final JsonMapper json;

    public HubClient(NodeProperties node, HttpClient hubHttpClient, HubTokens tokens, JsonMapper json) {
        this.node = node;
        this.http = hubHttpClient;
        this.tokens = tokens;
        this.json = json;
    }

    /** {@code POST /api/catalog/departments/{code}/keys}: 201 registered, 409 already there. */
    public HubResponse registerKey(String catalogAlg, String publicKeyPem) {
        byte[] body = json.writeValueAsBytes(Map.of("alg", catalogAlg, "publicKeyPem", publicKeyPem));
        return send("POST", "/api/catalog/departments/" + node.departmentCode() + "/keys", body);
    }

    /** {@code GET /api/exchange/keys/hub}: the hub's public key(s). */
    public HubResponse hubKeys() {
        return send("GET", "/api/exchange/keys/hub", null);
    }

    /** {@code POST /api/exchange/subscriptions/{resourceCode}/backfill}: asks the hub to replay a resource here. */
    public HubResponse requestBackfill(String resourceCode) {
        return send("POST", "/api/exchange/subscriptions/" + resourceCode + "/backfill", new byte[0]);
    }

    /** {@code GET /api/exchange/subscriptions/{resourceCode}/digest}: the hub's digest of the resource's live keys. */
    public HubResponse digest(String resourceCode) {
        return send("GET", "/api/exchange/subscriptions/" + resourceCode + "/digest", null);
    }

    /** {@code POST .../digest/keys}: the hub's live keys and versions in some buckets (a JSON request body). */
    public HubResponse digestKeys(String resourceCode, byte[] request) {
        return send("POST", "/api/exchange/subscriptions/" + resourceCode + "/digest/keys", request);
    }

    /** {@code POST .../repair}: a backfill of the named keys (a JSON request body), marked as a repair. */
    public HubResponse repair(String resourceCode, byte[] request) {
        return send("POST", "/api/exchange/subscriptions/" + resourceCode + "/repair", request);
    }

    /** {@code POST .../reconciliations}: a reconciliation's result, for the hub's audit log. */
    public HubResponse reportReconciliation(String resourceCode, byte[] report) {
        return send("POST", "/api/exchange/subscriptions/" + resourceCode + "/reconciliations", report);
    }

    /** {@code GET /api/exchange/batches/{batchId}}: the hub's verdict on one of this department's uplink batches. */
    public HubResponse batch(String batchId) {
        return send("GET", "/api/exchange/batches/" + batchId, null);
    }

    /** The hub URL without a trailing slash. */
    static String base(NodeProperties node) {
        String url = node.hubUrl().toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private HubResponse send(String method, String path, byte[] body) {
        HubResponse response = once(method, path, body);
        if (response.status() == 401) {
            tokens.invalidate();
            response = once(method, path, body);
        }
        if (response.status() >= 500) {
            throw new HubUnavailableException(method + " " + path + " answered " + response.status());
        }
        return response;
    }

    private HubResponse once(String method, String path, byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base(node) + path))
                .timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + tokens.bearer())
                .header("Accept", "application/json, application/problem+json")
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new HubResponse(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new HubUnavailableException("cannot reach " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HubUnavailableException("interrupted calling " + request.uri(), e);
        }
    }
}
