package org.govexchange.contracts.kafka;

import java.util.Arrays;
import java.util.Optional;

/**
 * The broker principals of the platform's own services (SCRAM users). Departments' nodes are
 * {@link KafkaAccess#nodePrincipal(String)}; the broker's own super user is never handed to a service.
 */
public enum PlatformPrincipal {
    EXCHANGE("gx-exchange", "exchange-service"),
    CATALOG("gx-catalog", "catalog-service"),
    GATEWAY("gx-gateway", "gateway"),
    POPULATION("gx-population", "population-db-service"),
    LEGAL_ENTITY("gx-legal-entity", "legal-entity-db-service"),
    CERTIFICATE("gx-certificate", "certificate-service"),
    /** The benchmarks' raw-Kafka baseline: its own scratch topics only. */
    BENCH("gx-bench", "gx-bench");

    private final String username;
    private final String applicationName;

    PlatformPrincipal(String username, String applicationName) {
        this.username = username;
        this.applicationName = applicationName;
    }

    public String username() {
        return username;
    }

    /** The {@code spring.application.name} of the service that connects as this principal. */
    public String applicationName() {
        return applicationName;
    }

    public static Optional<PlatformPrincipal> forApplication(String applicationName) {
        return Arrays.stream(values())
                .filter(p -> p.applicationName.equals(applicationName))
                .findFirst();
    }
}
