package org.govexchange.local.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govexchange.local.layout.DataFolder;
import org.govexchange.local.supervision.RunningProcess.Kind;

/** The platform's processes on a laptop: the six services, then three demo front nodes. Fixed ports (DESIGN.md). */
public final class PlatformServices {

    public static final int KAFKA_PORT = 9092;
    public static final int KAFKA_CONTROLLER_PORT = 9093;

    /** Documented local default; never used outside the local stack. */
    public static final String DEFAULT_ADMIN_SECRET = "gx-local-admin-secret";

    public static final String ADMIN_SECRET_ENV = "GX_ADMIN_SECRET";

    /** The demo SERVICE account (gx-service) the gateway uses for catalog lookups; local default only. */
    public static final String DEFAULT_SERVICE_SECRET = "gx-local-service-secret";

    public static final String SERVICE_SECRET_ENV = "GX_SERVICE_CLIENT_SECRET";

    static final String CATALOG_DEMO_PREFIX = "--gx.catalog.demo.";

    /** Synthetic persons and legal entities each basic database starts with (idempotent: only when empty). */
    static final int DEMO_SEED = 3000;

    /** Given to every Spring process: the data services verify the gateway's internal token with it. */
    public static final String PUBLIC_KEY_ARG = "--gx.internal-token.public-key-file=";

    /** The gateway signs with it; it would generate the pair itself, but the services need the public half first. */
    public static final String GATEWAY_PRIVATE_KEY_ARG = "--gx.gateway.internal-token.private-key-file=";

    private PlatformServices() {}

    /**
     * The issuer of the catalog's access tokens, pinned on both sides: the catalog names itself so, the gateway
     * refuses tokens of any other issuer. The gateway's public URL, where callers get their tokens.
     */
    static final String TOKEN_ISSUER = "http://127.0.0.1:8080";

    /** Benchmarks call far more than a department would: no per-department rate limit, a huge daily quota. */
    static final List<String> BENCH_GATEWAY_ARGS =
            List.of("--gx.gateway.limits.rate-per-second=1000000", "--gx.gateway.limits.burst=1000000");

    static final long BENCH_DAILY_QUOTA = 1_000_000_000L;

    /** Started together once MariaDB and Kafka are up. */
    public static List<ServiceSpec> services(DataFolder folder, Map<String, String> launcherEnv) {
        return services(folder, launcherEnv, false);
    }

    /** @param bench tuned for the benchmarks (see {@code --bench}) */
    public static List<ServiceSpec> services(DataFolder folder, Map<String, String> launcherEnv, boolean bench) {
        Path credentialsFile = folder.credentials();
        Map<String, String> catalogEnv =
                launcherEnv.containsKey(ADMIN_SECRET_ENV) ? Map.of() : Map.of(ADMIN_SECRET_ENV, DEFAULT_ADMIN_SECRET);
        return List.of(
                new ServiceSpec(
                        "gateway",
                        "gateway",
                        8080,
                        Kind.SERVICE,
                        concat(
                                List.of(
                                        GATEWAY_PRIVATE_KEY_ARG + folder.internalTokenPrivateKey(),
                                        "--gx.gateway.catalog.issuer=" + TOKEN_ISSUER),
                                bench ? BENCH_GATEWAY_ARGS : List.of()),
                        Map.of(SERVICE_SECRET_ENV, serviceSecret(launcherEnv))),
                new ServiceSpec(
                        "catalog-service",
                        "catalog-service",
                        8081,
                        Kind.SERVICE,
                        List.of(
                                "--gx.catalog.identity.issuer=" + TOKEN_ISSUER,
                                CATALOG_DEMO_PREFIX + "enabled=true",
                                CATALOG_DEMO_PREFIX + "credentials-file=" + credentialsFile.toAbsolutePath(),
                                CATALOG_DEMO_PREFIX + "service-secret=" + serviceSecret(launcherEnv),
                                CATALOG_DEMO_PREFIX + "api-daily-quota=" + (bench ? BENCH_DAILY_QUOTA : 20_000L)),
                        catalogEnv),
                new ServiceSpec(
                        "exchange-service",
                        "exchange-service",
                        8082,
                        Kind.SERVICE,
                        // Sign the audit chain's head every minute, so a demo shows checkpoints soon.
                        List.of("--gx.audit.checkpoint-interval=PT1M"),
                        // The hub looks up keys, schemas and subscribers in the catalog as gx-service.
                        Map.of(SERVICE_SECRET_ENV, serviceSecret(launcherEnv))),
                new ServiceSpec(
                        "population-db-service",
                        "population-db-service",
                        8083,
                        Kind.SERVICE,
                        List.of("--gx.population.demo.seed=" + DEMO_SEED),
                        Map.of()),
                new ServiceSpec(
                        "legal-entity-db-service",
                        "legal-entity-db-service",
                        8084,
                        Kind.SERVICE,
                        List.of("--gx.legal-entity.demo.seed=" + DEMO_SEED),
                        Map.of()),
                new ServiceSpec(
                        "certificate-service",
                        "certificate-service",
                        8085,
                        Kind.SERVICE,
                        List.of("--gx.certificate.demo.enabled=true"),
                        Map.of()));
    }

    /**
     * The demo departments' front nodes, started once the services are healthy: they are the hub's clients.
     * Public security and market supervision publish, human resources subscribes.
     */
    public static List<ServiceSpec> nodes() {
        return List.of(
                node("node-psb", 8090, "gx_node_psb"),
                node("node-hrss", 8091, "gx_node_hrss"),
                node("node-amr", 8092, "gx_node_amr"));
    }

    /** The demo department a node serves: {@code psb} for {@code node-psb} (its key in the credentials file). */
    public static String departmentKey(ServiceSpec node) {
        return node.name().substring(node.name().indexOf('-') + 1);
    }

    /**
     * One spec per module to train its class-data archive with. Never the catalog's demo mode: a training run must not
     * act on the stack (e.g. rewrite the credentials file), only load the classes a real start loads.
     */
    public static List<ServiceSpec> trainingSpecs(List<ServiceSpec> specs) {
        Map<String, ServiceSpec> byModule = new LinkedHashMap<>();
        for (ServiceSpec spec : specs) {
            List<String> args = spec.args().stream()
                    .filter(arg -> !arg.startsWith(CATALOG_DEMO_PREFIX))
                    .toList();
            byModule.putIfAbsent(
                    spec.module(),
                    new ServiceSpec(spec.name(), spec.module(), spec.port(), spec.kind(), args, spec.env()));
        }
        return List.copyOf(byModule.values());
    }

    /** Every fixed port and who needs it, in start order; MariaDB is absent because it moves when 3306 is taken. */
    public static Map<Integer, String> fixedPorts() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        for (ServiceSpec spec : services(DataFolder.under(Path.of("")), Map.of())) {
            ports.put(spec.port(), spec.name());
        }
        for (ServiceSpec spec : nodes()) {
            ports.put(spec.port(), spec.name());
        }
        ports.put(KAFKA_PORT, "kafka");
        ports.put(KAFKA_CONTROLLER_PORT, "kafka controller");
        return ports;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }

    private static String serviceSecret(Map<String, String> launcherEnv) {
        return launcherEnv.getOrDefault(SERVICE_SECRET_ENV, DEFAULT_SERVICE_SECRET);
    }

    private static ServiceSpec node(String name, int port, String database) {
        return new ServiceSpec(
                name, "front-node-agent", port, Kind.NODE, List.of("--gx.database=" + database), Map.of());
    }
}
