package org.govexchange.legalentity.load;

import org.govexchange.basicdb.load.DemoSeed;
import org.govexchange.basicdb.load.LoadCommand;
import org.govexchange.basicdb.load.LoadPlan;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
class LoadConfiguration {

    /**
     * The bulk-load command: loads {@code gx.legal-entity.load.count} synthetic entities with progress every
     * 5 %, then times a raw JDBC batch insert of the same rows and prints both rates side by side.
     */
    @Bean
    @ConditionalOnExpression("${gx.legal-entity.load.count:0} > 0")
    LoadCommand loadCommand(BulkLoader loader, LoadProperties load) {
        var plan = new LoadPlan(load.count(), load.offset(), load.batchSize(), load.writers(), load.compareRaw());
        return new LoadCommand(loader.batches(), plan, "entities");
    }

    /** Gives the local stack entities to look up: seeds {@code gx.legal-entity.demo.seed} into an empty database. */
    @Bean
    DemoSeed demoSeed(BulkLoader loader, DemoProperties demo, LoadProperties load, JdbcTemplate jdbc) {
        // The load command fills the database itself.
        long seed = load.count() > 0 ? 0 : demo.seed();
        return new DemoSeed(
                loader.batches(), jdbc, seed, "legal-entity", "entities", SyntheticEntities.DEMO_CREDIT_CODE);
    }
}
