package org.govexchange.exchange.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The catalog dates a grant in Beijing time. Between 16:00 and 24:00 UTC Beijing is already on the next day: a
 * grant approved then is valid from that next day, and the hub must deliver to it at once (it once compared with
 * UTC's date and delivered nothing until midnight UTC).
 */
class BusinessDateTest {

    static CatalogProperties properties(ZoneId zone) {
        return new CatalogProperties(
                "http://127.0.0.1:8081",
                "gx-service",
                "s",
                Duration.ofSeconds(5),
                Duration.ofSeconds(5),
                Duration.ofSeconds(60),
                zone);
    }

    @Test
    void todayIsTheBusinessDateNotUtcs() {
        Clock evening = Clock.fixed(Instant.parse("2026-12-03T17:04:45Z"), ZoneOffset.UTC);
        var cache = new CatalogCache(null, properties(ZoneId.of("Asia/Shanghai")), evening);
        assertThat(cache.today()).isEqualTo(LocalDate.of(2026, 12, 4));

        // In the morning both calendars agree.
        Clock morning = Clock.fixed(Instant.parse("2026-12-03T01:00:00Z"), ZoneOffset.UTC);
        assertThat(new CatalogCache(null, properties(ZoneId.of("Asia/Shanghai")), morning).today())
                .isEqualTo(LocalDate.of(2026, 12, 3));
    }
}
