package org.govexchange.population;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.govexchange.contracts.identifier.ResidentIdNumbers;

/**
 * Fresh valid ID numbers for tests, born 2019-2020: outside the bulk generator's 1930-2015, so they never
 * collide with seeded residents.
 */
public final class TestIds {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestIds() {}

    /** A new resident: male for odd sequence numbers, female for even ones. */
    public static String next(boolean male) {
        int n = NEXT.incrementAndGet();
        LocalDate birth = LocalDate.of(2019, 1, 1).plusDays(n / 400);
        int sequence = (n % 400) * 2 + (male ? 1 : 2);
        return of("350102", birth, sequence);
    }

    public static String of(String region, LocalDate birth, int sequence) {
        String first17 = region + birth.toString().replace("-", "") + String.format("%03d", sequence);
        return first17 + ResidentIdNumbers.checkCharacter(first17);
    }
}
