package org.govexchange.bench.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A department's access token from the gateway ({@code POST /oauth2/token}, client credentials), fetched again
 * once half of its lifetime has passed so that long runs never send an expired one.
 */
final class GatewayToken {

    private final HttpClient http;
    private final URI tokenUri;
    private final Credentials credentials;
    private volatile String token;
    private volatile long refreshAtNanos;

    GatewayToken(HttpClient http, String gateway, Credentials credentials) {
        this.http = http;
        this.tokenUri = URI.create(gateway + "/oauth2/token");
        this.credentials = credentials;
    }

    String bearer() {
        if (token == null || System.nanoTime() - refreshAtNanos > 0) {
            synchronized (this) {
                if (token == null || System.nanoTime() - refreshAtNanos > 0) {
                    fetch();
                }
            }
        }
        return "Bearer " + token;
    }

    private void fetch() {
        String basic = Base64.getEncoder()
                .encodeToString((enc(credentials.clientId()) + ":" + enc(credentials.clientSecret()))
                        .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(tokenUri)
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("token request to " + tokenUri + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token request for " + credentials.clientId() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        JsonNode json = JsonMapper.builder().build().readTree(response.body());
        long lifetime = json.path("expires_in").asLong(300);
        token = json.path("access_token").asString();
        refreshAtNanos = System.nanoTime()
                + Duration.ofSeconds(Math.max(10, lifetime / 2)).toNanos();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
