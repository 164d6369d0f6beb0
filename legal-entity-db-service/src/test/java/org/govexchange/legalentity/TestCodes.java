package org.govexchange.legalentity;

import java.util.concurrent.atomic.AtomicInteger;
import org.govexchange.contracts.identifier.CreditCodes;

/**
 * Fresh valid credit codes for tests. Type 93 (farmers' cooperative) never comes out of the bulk
 * generator, so these never collide with seeded entities.
 */
public final class TestCodes {

    private static final AtomicInteger NEXT = new AtomicInteger(1000);

    private TestCodes() {}

    public static String next() {
        return CreditCodes.compose("93350102", String.format("T%07d", NEXT.incrementAndGet()));
    }
}
