package org.govexchange.legalentity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class LegalEntityApplication {

    public static void main(String[] args) {
        SpringApplication.run(LegalEntityApplication.class, args);
    }
}
