package org.govexchange.local.broker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.govexchange.local.readiness.StartupFailure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A demo node's Kafka principal, as the catalog issued it when it registered the department: read from the
 * credentials file ({@code departments.<key>.kafka}) and handed to the node through its environment, the way a
 * department's operator would configure the secret.
 */
public final class NodeCredentials {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private NodeCredentials() {}

    /** {@code GX_KAFKA_USERNAME}/{@code GX_KAFKA_PASSWORD} of department {@code key}, waiting for the catalog to write them. */
    public static Map<String, String> environment(
            Path credentialsFile, String key, Duration timeout, BooleanSupplier stopping)
            throws StartupFailure, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode kafka = read(credentialsFile).path("departments").path(key).path("kafka");
            String username = kafka.path("username").asString("");
            String password = kafka.path("password").asString("");
            if (!username.isEmpty() && !password.isEmpty()) {
                return Map.of(PlatformEnvironment.USERNAME, username, PlatformEnvironment.PASSWORD, password);
            }
            if (stopping.getAsBoolean()) {
                throw new StartupFailure("the launcher is stopping");
            }
            if (System.nanoTime() > deadline) {
                throw new StartupFailure("catalog-service did not write the Kafka credential of department " + key
                        + " into " + credentialsFile + " within " + timeout.toSeconds() + " s");
            }
            Thread.sleep(250);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return Files.isRegularFile(file) ? JSON.readTree(Files.readString(file)) : JSON.createObjectNode();
        } catch (IOException | RuntimeException e) {
            return JSON.createObjectNode(); // being rewritten: try again
        }
    }
}
