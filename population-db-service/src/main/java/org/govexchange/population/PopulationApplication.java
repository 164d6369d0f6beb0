package org.govexchange.population;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PopulationApplication {

    public static void main(String[] args) {
        SpringApplication.run(PopulationApplication.class, args);
    }
}
