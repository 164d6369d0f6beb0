package org.govexchange.population;

import org.govexchange.population.load.LoadMode;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication
public class PopulationApplication {

    /**
     * Serves, or with {@code --gx.population.load.count=N} runs the bulk-load command and exits: the same
     * jar, configuration and schema (Flyway runs first) either way.
     */
    public static void main(String[] args) {
        var application = new SpringApplication(PopulationApplication.class);
        boolean load = LoadMode.requested(args);
        if (load) {
            application.setAdditionalProfiles(LoadMode.PROFILE);
        }
        ConfigurableApplicationContext context = application.run(args);
        if (load) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
