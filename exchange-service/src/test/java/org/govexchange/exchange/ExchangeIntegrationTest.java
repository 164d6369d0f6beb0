package org.govexchange.exchange;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.govexchange.testkit.RealInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;

/**
 * The exchange service on real MariaDB and Kafka, with the catalog (the token issuer, an HTTP peer
 * outside this service) played by WireMock. Every test class of the module uses exactly this setup,
 * so they share one application context (and one audit consumer).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
// Only the JWK set location points at WireMock: gx.services.catalog keeps its default, which the
// runtime contract checks through discovery.
@EnableWireMock(@ConfigureWireMock(name = "catalog", baseUrlProperties = "gx.test.catalog-url"))
@TestPropertySource(
        properties = {
            "gx.security.jwk-set-uri=${gx.test.catalog-url}/oauth2/jwks",
            "gx.exchange.hub-key-file=target/test-keys/hub-ed25519.pem",
            // The hub's catalog lookups go to the same WireMock (HubFixture stubs them).
            "gx.exchange.catalog.url=${gx.test.catalog-url}",
            "gx.exchange.catalog.client-secret=test-service-secret",
            "gx.uplink.metadata-max-age=1s",
            "gx.uplink.retry-backoff=200ms",
            "gx.uplink.max-retry-backoff=1s",
            // Tests sign checkpoints themselves, when they need one.
            "gx.audit.checkpoint-interval=PT12H"
        })
public @interface ExchangeIntegrationTest {}
