package org.govexchange.bench.exchange;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the two front nodes say about the resource ({@code GET /node/status}): how far the provider's node
 * extracted and sent, and how much the subscriber's node applied. Printed when the exchange stalls, to say where.
 */
final class NodeStatus {

    private NodeStatus() {}

    static String describe(String providerNode, String subscriberNode, String resourceCode) {
        return "provider node: " + summary(fetch(providerNode), "publish", resourceCode) + "; subscriber node: "
                + summary(fetch(subscriberNode), "subscribe", resourceCode);
    }

    /** CDC when the provider's node captures {@code table} ("db.table") from the binlog, else WATERMARK. */
    static String captureMode(String providerNode, String table) {
        JsonNode status = fetch(providerNode);
        if (status == null) {
            return "unknown (provider node unreachable)";
        }
        for (JsonNode captured : status.path("cdc").path("tables")) {
            if (table.equalsIgnoreCase(captured.asString())) {
                return "CDC";
            }
        }
        return "WATERMARK";
    }

    static String summary(JsonNode status, String section, String resourceCode) {
        if (status == null) {
            return "unreachable";
        }
        for (JsonNode entry : status.path(section)) {
            if (resourceCode.equals(entry.path("resourceCode").asString())) {
                StringBuilder s = new StringBuilder();
                entry.properties().forEach(e -> {
                    if (e.getValue().isNumber() || e.getKey().equals("error")) {
                        s.append(s.isEmpty() ? "" : ", ")
                                .append(e.getKey())
                                .append('=')
                                .append(e.getValue());
                    }
                });
                JsonNode outbox = status.path("outbox");
                if (!outbox.isMissingNode() && outbox.has("unsent")) {
                    s.append(", outbox unsent=").append(outbox.path("unsent"));
                }
                return s.toString();
            }
        }
        return "no " + section + " entry for " + resourceCode;
    }

    private static JsonNode fetch(String node) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(node + "/node/status"))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? JsonMapper.builder().build().readTree(response.body()) : null;
        } catch (Exception e) {
            return null;
        }
    }
}
