package org.govexchange.local.broker;

import java.util.HashMap;
import java.util.Map;
import org.govexchange.contracts.kafka.PlatformPrincipal;
import org.govexchange.local.service.ServiceSpec;

/** Gives each platform service its own broker principal through the environment ({@code gx.kafka.username}/{@code password}). */
public final class PlatformEnvironment {

    public static final String USERNAME = "GX_KAFKA_USERNAME";
    public static final String PASSWORD = "GX_KAFKA_PASSWORD";

    private PlatformEnvironment() {}

    public static ServiceSpec withPrincipal(ServiceSpec spec, BrokerPrincipals principals) {
        return PlatformPrincipal.forApplication(spec.module())
                .map(p -> withEnvironment(spec, Map.of(USERNAME, p.username(), PASSWORD, principals.secret(p))))
                .orElse(spec);
    }

    public static ServiceSpec withEnvironment(ServiceSpec spec, Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(spec.env());
        env.putAll(extra);
        return new ServiceSpec(spec.name(), spec.module(), spec.port(), spec.kind(), spec.args(), Map.copyOf(env));
    }
}
