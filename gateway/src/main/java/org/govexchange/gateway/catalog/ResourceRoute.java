package org.govexchange.gateway.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A published resource with a gateway path: every request under {@code apiPath} is a data request for it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ResourceRoute(String code, String providerCode, String shareType, String apiPath) {

    public boolean notShared() {
        return "NOT_SHARED".equals(shareType);
    }

    boolean covers(String path) {
        return path.startsWith(apiPath) && (path.length() == apiPath.length() || path.charAt(apiPath.length()) == '/');
    }
}
