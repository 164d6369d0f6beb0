package org.govexchange.catalog.demo;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled load the demo departments, resources, grants and accounts at start (local stack only)
 * @param credentialsFile where every demo credential is written (JSON, mode 600); keep it git-ignored
 * @param serviceSecret when set, the demo SERVICE account {@code gx-service} gets exactly this secret, so the
 *     local stack can start the gateway with the same one ({@code GX_SERVICE_CLIENT_SECRET}); unset, it gets a
 *     random secret like every other demo account
 * @param apiDailyQuota the daily quota of the demo API grants (the benchmarks' stack raises it)
 */
@ConfigurationProperties("gx.catalog.demo")
public record DemoProperties(Boolean enabled, Path credentialsFile, String serviceSecret, Long apiDailyQuota) {

    public DemoProperties {
        enabled = Boolean.TRUE.equals(enabled);
        credentialsFile = credentialsFile == null ? Path.of(".gx-local", "credentials.json") : credentialsFile;
        serviceSecret = serviceSecret == null || serviceSecret.isBlank() ? null : serviceSecret;
        apiDailyQuota = apiDailyQuota == null ? 20_000L : apiDailyQuota;
    }
}
