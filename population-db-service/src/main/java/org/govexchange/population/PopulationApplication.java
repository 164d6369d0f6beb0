package org.govexchange.population;

import org.apache.ibatis.annotations.Mapper;
import org.govexchange.basicdb.load.LoadMode;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication
// This service's mappers and the shared engine's (basic-database-kit), which lie outside this package.
@MapperScan(
        basePackages = {"org.govexchange.population", "org.govexchange.basicdb"},
        annotationClass = Mapper.class)
public class PopulationApplication {

    /**
     * Serves, or with {@code --gx.population.load.count=N} runs the bulk-load command and exits: the same
     * jar, configuration and schema (Flyway runs first) either way.
     */
    public static void main(String[] args) {
        var application = new SpringApplication(PopulationApplication.class);
        boolean load = LoadMode.requested(args, "gx.population.load.count", "GX_POPULATION_LOAD_COUNT");
        if (load) {
            application.setAdditionalProfiles(LoadMode.PROFILE);
        }
        ConfigurableApplicationContext context = application.run(args);
        if (load) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
