package org.govexchange.gateway.edge;

import java.util.UUID;
import java.util.regex.Pattern;

/** {@code X-Request-Id}: the caller's, when it is sane, or a fresh UUID. */
final class RequestIds {

    static final String HEADER = "X-Request-Id";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RequestIds() {}

    static String takeOrGenerate(String offered) {
        return offered != null && SANE.matcher(offered).matches() ? offered : generate();
    }

    static String generate() {
        return UUID.randomUUID().toString();
    }
}
