package org.govexchange.population.load;

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
     * The bulk-load command: loads {@code gx.population.load.count} synthetic residents with progress every
     * 5 %, then times a raw JDBC batch insert of the same rows and prints both rates side by side.
     */
    @Bean
    @ConditionalOnExpression("${gx.population.load.count:0} > 0")
    LoadCommand loadCommand(BulkLoader loader, LoadProperties load) {
        var plan = new LoadPlan(load.count(), load.offset(), load.batchSize(), load.writers(), load.compareRaw());
        return new LoadCommand(loader.batches(), plan, "residents");
    }

    /** Gives the local stack residents to look up: seeds {@code gx.population.demo.seed} into an empty database. */
    @Bean
    DemoSeed demoSeed(BulkLoader loader, DemoProperties demo, LoadProperties load, JdbcTemplate jdbc) {
        // The load command fills the database itself.
        long seed = load.count() > 0 ? 0 : demo.seed();
        return new DemoSeed(loader.batches(), jdbc, seed, "population", "residents", SyntheticPersons.DEMO_ID_NUMBER);
    }
}
