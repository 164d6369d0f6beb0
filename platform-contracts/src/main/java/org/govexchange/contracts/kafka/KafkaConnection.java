package org.govexchange.contracts.kafka;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How one GovExchange process reaches the broker: where, over which protocol and as which principal. Every Kafka
 * client of a process takes its connection settings from here ({@link #clientProperties()}), bound from
 * {@code gx.kafka.*}; nothing else builds them.
 *
 * @param bootstrapServers host:port list
 * @param securityProtocol {@code SASL_PLAINTEXT} (default) or {@code SASL_SSL}; {@code PLAINTEXT} only for a broker
 *     that authenticates nobody, which the platform never runs
 * @param saslMechanism {@code SCRAM-SHA-512} (default); {@code PLAIN} only for the broker's own super user
 * @param username the principal (e.g. {@code gx-exchange}, {@code gx-node-psb})
 * @param password its secret; never printed ({@link #toString()} masks it)
 * @param truststoreLocation PEM or JKS/PKCS12 file with the broker's CA, for {@code SASL_SSL}; empty otherwise
 * @param truststorePassword password of a JKS/PKCS12 truststore
 */
public record KafkaConnection(
        String bootstrapServers,
        String securityProtocol,
        String saslMechanism,
        String username,
        String password,
        String truststoreLocation,
        String truststorePassword) {

    public static final String SCRAM_SHA_512 = "SCRAM-SHA-512";
    public static final String PLAIN = "PLAIN";
    public static final String SASL_PLAINTEXT = "SASL_PLAINTEXT";
    public static final String SASL_SSL = "SASL_SSL";

    public KafkaConnection {
        bootstrapServers = blankTo(bootstrapServers, "127.0.0.1:9092");
        securityProtocol = blankTo(securityProtocol, SASL_PLAINTEXT);
        saslMechanism = blankTo(saslMechanism, SCRAM_SHA_512);
        username = blankTo(username, "");
        password = blankTo(password, "");
        truststoreLocation = blankTo(truststoreLocation, "");
        truststorePassword = blankTo(truststorePassword, "");
        if (!securityProtocol.equals(SASL_PLAINTEXT) && !securityProtocol.equals(SASL_SSL)) {
            throw new IllegalArgumentException(
                    "gx.kafka.security-protocol must be SASL_PLAINTEXT or SASL_SSL: the broker authenticates every"
                            + " client; got " + securityProtocol);
        }
        if (!saslMechanism.equals(SCRAM_SHA_512) && !saslMechanism.equals(PLAIN)) {
            throw new IllegalArgumentException(
                    "gx.kafka.sasl-mechanism must be SCRAM-SHA-512 (or PLAIN for the broker's own user); got "
                            + saslMechanism);
        }
        // Both end up inside a quoted JAAS option: a quote, backslash or line break would change its meaning.
        requireJaasSafe("gx.kafka.username", username);
        requireJaasSafe("gx.kafka.password", password);
    }

    /** SCRAM-SHA-512 over SASL_PLAINTEXT: what the local stack and the tests use. */
    public static KafkaConnection scram(String bootstrapServers, String username, String password) {
        return new KafkaConnection(bootstrapServers, SASL_PLAINTEXT, SCRAM_SHA_512, username, password, "", "");
    }

    public KafkaConnection as(String otherUsername, String otherPassword) {
        return new KafkaConnection(
                bootstrapServers,
                securityProtocol,
                saslMechanism,
                otherUsername,
                otherPassword,
                truststoreLocation,
                truststorePassword);
    }

    /** The same principal through other bootstrap servers (a proxy, another listener). */
    public KafkaConnection withBootstrapServers(String servers) {
        return new KafkaConnection(
                servers, securityProtocol, saslMechanism, username, password, truststoreLocation, truststorePassword);
    }

    /** Client configuration (producer, consumer, admin): bootstrap servers plus {@link #securityProperties()}. */
    public Map<String, Object> clientProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("bootstrap.servers", bootstrapServers);
        properties.putAll(securityProperties());
        return properties;
    }

    /** Only the authentication and transport settings (for a client configured elsewhere with its servers). */
    public Map<String, String> securityProperties() {
        if (username.isEmpty()) {
            throw new IllegalStateException("gx.kafka.username is not set: every Kafka client authenticates");
        }
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("security.protocol", securityProtocol);
        properties.put("sasl.mechanism", saslMechanism);
        String module = saslMechanism.equals(PLAIN)
                ? "org.apache.kafka.common.security.plain.PlainLoginModule"
                : "org.apache.kafka.common.security.scram.ScramLoginModule";
        properties.put(
                "sasl.jaas.config", module + " required username=\"" + username + "\" password=\"" + password + "\";");
        if (securityProtocol.equals(SASL_SSL) && !truststoreLocation.isEmpty()) {
            properties.put("ssl.truststore.location", truststoreLocation);
            if (truststoreLocation.endsWith(".pem") || truststoreLocation.endsWith(".crt")) {
                properties.put("ssl.truststore.type", "PEM");
            } else if (!truststorePassword.isEmpty()) {
                properties.put("ssl.truststore.password", truststorePassword);
            }
        }
        return properties;
    }

    @Override
    public String toString() {
        return "KafkaConnection[" + bootstrapServers + ", " + securityProtocol + "/" + saslMechanism + ", user="
                + username + ", password=" + (password.isEmpty() ? "<none>" : "******")
                + (truststoreLocation.isEmpty() ? "" : ", truststore=" + truststoreLocation) + "]";
    }

    private static void requireJaasSafe(String name, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\' || c < 0x20 || c == 0x7f) {
                throw new IllegalArgumentException(name + " contains a quote, backslash or control character");
            }
        }
    }

    private static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
