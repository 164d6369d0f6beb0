package org.govexchange.node.hub;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.govexchange.node.NodeProperties;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The node's OAuth2 access token (client credentials, {@code POST {hubUrl}/oauth2/token}), cached until shortly
 * before it expires. The secret is configured, or read from the credentials file on each token request, so a
 * secret the local stack re-issued is picked up without a restart.
 */
@Component
public class HubTokens {

    private static final Duration EARLY = Duration.ofSeconds(30);

    private final NodeProperties node;
    private final HttpClient http;
    private final JsonMapper json;
    private final Clock clock;
    private String token;
    private Instant expiresAt = Instant.EPOCH;

    public HubTokens(NodeProperties node, HttpClient hubHttpClient, JsonMapper json, Clock clock) {
        this.node = node;
        this.http = hubHttpClient;
        this.json = json;
        this.clock = clock;
    }

    /** A valid bearer token; fetched when there is none or it is about to expire. */
    public synchronized String bearer() {
        if (token == null || !clock.instant().isBefore(expiresAt)) {
            fetch();
        }
        return token;
    }

    /** Forgets the token, e.g. after the hub refused it. */
    public synchronized void invalidate() {
        token = null;
    }

    private void fetch() {
        String secret = secret();
        String basic = Base64.getEncoder()
                .encodeToString((encode(node.clientId()) + ":" + encode(secret)).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(HubClient.base(node) + "/oauth2/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new HubUnavailableException("cannot reach the token endpoint " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HubUnavailableException("interrupted while fetching a token", e);
        }
        if (response.statusCode() >= 500) {
            throw new HubUnavailableException("the token endpoint answered " + response.statusCode());
        }
        if (response.statusCode() != 200) {
            throw new HubRejectedException(
                    new HubResponse(response.statusCode(), response.body()),
                    "client " + node.clientId() + " was refused a token");
        }
        try {
            JsonNode body = json.readTree(response.body());
            token = body.path("access_token").asString();
            long seconds = body.path("expires_in").asLong(300);
            expiresAt = clock.instant().plusSeconds(seconds).minus(EARLY);
        } catch (JacksonException e) {
            throw new HubUnavailableException("the token endpoint answered something else than a token", e);
        }
    }

    private String secret() {
        if (node.clientSecret() != null && !node.clientSecret().isBlank()) {
            return node.clientSecret();
        }
        try {
            JsonNode file = json.readTree(Files.readString(node.credentialsFile()));
            String found = find(file, node.clientId());
            if (found == null) {
                throw new HubUnavailableException(
                        "no secret for client " + node.clientId() + " in " + node.credentialsFile() + " (yet)");
            }
            return found;
        } catch (IOException | JacksonException e) {
            throw new HubUnavailableException("cannot read the credentials file " + node.credentialsFile(), e);
        }
    }

    /** The clientSecret of the object whose clientId is {@code clientId}, anywhere in the document. */
    static String find(JsonNode node, String clientId) {
        if (node.isObject()) {
            if (clientId.equals(node.path("clientId").asString(null))
                    && node.path("clientSecret").isString()) {
                return node.path("clientSecret").asString();
            }
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                String found = find(member.getValue(), clientId);
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode element : node.values()) {
                String found = find(element, clientId);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    // RFC 6749 2.3.1: the client id and secret are form-encoded before they are joined for Basic.
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
