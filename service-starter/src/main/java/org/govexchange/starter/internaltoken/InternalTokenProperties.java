package org.govexchange.starter.internaltoken;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Verification of the gateway's internal token.
 *
 * @param enabled whether this service requires the token (data services do)
 * @param resources the data paths this service serves, each pinned to its catalog resource: a request under a
 *     path needs a token minted for that resource
 * @param publicKeyFile PEM file with the gateway's public key(s); several blocks during a rotation
 * @param publicKeyPem the same, inline (tests, secrets injected as environment variables)
 */
@ConfigurationProperties("gx.internal-token")
public record InternalTokenProperties(
        @DefaultValue("false") boolean enabled,
        List<ServedResource> resources,
        String publicKeyFile,
        String publicKeyPem) {

    public InternalTokenProperties {
        resources = resources == null ? List.of() : List.copyOf(resources);
    }

    /**
     * @param path the data path, e.g. {@code /api/population/persons}; everything below it is served too
     * @param resourceCode the catalog code of the resource served there, e.g. {@code 101001/000001}
     */
    public record ServedResource(String path, String resourceCode) {}

    /** Path → resource code; refuses an incomplete or ambiguous table, since it decides who gets data. */
    public Map<String, String> resourceByPath() {
        if (enabled && resources.isEmpty()) {
            throw new IllegalStateException(
                    "gx.internal-token.resources is empty: a data service names the path and catalog resource"
                            + " of every data endpoint it serves");
        }
        Map<String, String> byPath = new LinkedHashMap<>();
        for (ServedResource served : resources) {
            if (served.path() == null
                    || !served.path().startsWith("/")
                    || served.path().endsWith("/")
                    || served.resourceCode() == null
                    || served.resourceCode().isBlank()) {
                throw new IllegalStateException("gx.internal-token.resources: each entry needs a path like"
                        + " /api/population/persons (no trailing /) and a resource-code; got " + served);
            }
            if (byPath.put(served.path(), served.resourceCode()) != null) {
                throw new IllegalStateException("gx.internal-token.resources names " + served.path() + " twice");
            }
        }
        return byPath;
    }
}
