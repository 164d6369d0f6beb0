package org.govexchange.legalentity;

import org.apache.ibatis.annotations.Mapper;
import org.govexchange.basicdb.load.LoadMode;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication
// This service's mappers and the shared engine's (basic-database-kit), which lie outside this package.
@MapperScan(
        basePackages = {"org.govexchange.legalentity", "org.govexchange.basicdb"},
        annotationClass = Mapper.class)
public class LegalEntityApplication {

    /**
     * Serves, or with {@code --gx.legal-entity.load.count=N} runs the bulk-load command and exits: the same
     * jar, configuration and schema (Flyway runs first) either way.
     */
    public static void main(String[] args) {
        var application = new SpringApplication(LegalEntityApplication.class);
        boolean load = LoadMode.requested(args, "gx.legal-entity.load.count", "GX_LEGALENTITY_LOAD_COUNT");
        if (load) {
            application.setAdditionalProfiles(LoadMode.PROFILE);
        }
        ConfigurableApplicationContext context = application.run(args);
        if (load) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
