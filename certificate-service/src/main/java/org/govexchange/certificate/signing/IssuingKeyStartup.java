package org.govexchange.certificate.signing;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/** Loads (or makes) the issuing key at start, so a broken key directory shows at once, not at the first issue. */
@Component
class IssuingKeyStartup implements ApplicationRunner, Ordered {

    private final KeyRing keys;

    IssuingKeyStartup(KeyRing keys) {
        this.keys = keys;
    }

    @Override
    public void run(ApplicationArguments args) {
        keys.current();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
