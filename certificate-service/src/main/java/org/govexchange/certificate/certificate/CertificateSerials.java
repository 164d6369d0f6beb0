package org.govexchange.certificate.certificate;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * The serial part of new identifiers: the year of issue and {@value #RANDOM_DIGITS} digits from a SecureRandom
 * (about 60 bits), still a GB/T 36904 serial of digits. A sequential serial let anyone who saw one identifier
 * walk to its neighbours; identifiers issued before keep their sequential serials and stay valid.
 */
@Component
class CertificateSerials {

    static final int RANDOM_DIGITS = 18;

    private final SecureRandom random = new SecureRandom();

    String next(int year) {
        StringBuilder serial = new StringBuilder(4 + RANDOM_DIGITS).append(year);
        for (int i = 0; i < RANDOM_DIGITS; i++) {
            serial.append((char) ('0' + random.nextInt(10)));
        }
        return serial.toString();
    }
}
