package org.govexchange.certificate;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CertificateApplication {

    public static void main(String[] args) {
        SpringApplication.run(CertificateApplication.class, args);
    }

    /** Validity dates are business dates in the platform's zone; timestamps are stored in UTC. */
    @Bean
    Clock clock(CertificateProperties properties) {
        return Clock.system(properties.zone());
    }
}
