package org.govexchange.certificate.certificate;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often one department may verify certificates: at most {@code limit} calls per {@code window}, counted in this
 * process. Verification answers "does this certificate exist and is it valid"; the limit keeps a department (or a
 * stolen client) from sweeping identifiers even where its grant or a consent lets it ask.
 *
 * @param limit calls per window and department, refused or not
 * @param window the fixed window the calls are counted in
 */
@ConfigurationProperties("gx.certificate.verification")
public record VerificationProperties(@DefaultValue("120") int limit, @DefaultValue("1m") Duration window) {

    public VerificationProperties {
        if (limit < 1) {
            throw new IllegalStateException("gx.certificate.verification.limit must be at least 1");
        }
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalStateException("gx.certificate.verification.window must be positive");
        }
    }
}
