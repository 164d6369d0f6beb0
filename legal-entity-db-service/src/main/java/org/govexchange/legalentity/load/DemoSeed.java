package org.govexchange.legalentity.load;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Gives the local stack legal entities to look up: seeds {@code gx.legal-entity.demo.seed} into an empty database. */
@Component
class DemoSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeed.class);

    private final BulkLoader loader;
    private final DemoProperties demo;
    private final LoadProperties load;
    private final JdbcTemplate jdbc;

    DemoSeed(BulkLoader loader, DemoProperties demo, LoadProperties load, JdbcTemplate jdbc) {
        this.loader = loader;
        this.demo = demo;
        this.load = load;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (demo.seed() <= 0 || load.count() > 0) {
            return;
        }
        if (!jdbc.queryForList("SELECT 1 FROM legal_entity LIMIT 1").isEmpty()) {
            log.info("legal-entity database not empty: no demo seed");
            return;
        }
        LoadResult result = loader.load(0, demo.seed(), total -> {});
        log.info(
                "seeded {} demo entities (including {}) at {} rows/s",
                result.rows(),
                SyntheticEntities.DEMO_CREDIT_CODE,
                Math.round(result.rowsPerSecond()));
    }
}
