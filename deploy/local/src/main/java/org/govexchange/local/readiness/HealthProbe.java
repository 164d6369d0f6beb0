package org.govexchange.local.readiness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;

/** Asks a Spring Boot process whether it is up: {@code GET /actuator/health}. */
public final class HealthProbe {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Pattern UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");

    private final HttpClient http;

    public HealthProbe() {
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    public static String healthUrl(int port) {
        return "http://127.0.0.1:" + port + "/actuator/health";
    }

    public boolean isUp(int port) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(healthUrl(port)))
                .timeout(TIMEOUT)
                .GET()
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return reportsUp(response.statusCode(), response.body());
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Spring answers 503 for DOWN and OUT_OF_SERVICE, so 200 plus the UP status is the whole check. */
    static boolean reportsUp(int status, String body) {
        return status == 200 && body != null && UP.matcher(body).find();
    }
}
