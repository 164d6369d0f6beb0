package org.govexchange.gateway.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.govexchange.contracts.grant.GrantPolicy;
import org.govexchange.contracts.problem.GatewayCodes;
import org.govexchange.contracts.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.client.loadbalancer.reactive.ReactorLoadBalancerExchangeFilterFunction;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;

/**
 * The catalog's lookup API, called as the SERVICE account with a client-credentials token that is obtained
 * lazily, shared by concurrent callers and renewed a minute before it expires. Everything here is
 * non-blocking; callers cache the answers, so it is reached only on a cache miss or a refresh.
 */
@Component
public class CatalogClient {

    private static final Logger log = LoggerFactory.getLogger(CatalogClient.class);
    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(60);

    private final WebClient web;
    private final CatalogProperties properties;
    private volatile Mono<String> serviceToken;

    public CatalogClient(
            ObjectProvider<ReactorLoadBalancerExchangeFilterFunction> loadBalancer, CatalogProperties properties) {
        this.properties = properties;
        this.web = webClient(loadBalancer, properties.uri());
        this.serviceToken = newServiceToken();
    }

    /** A WebClient for {@code uri}: an {@code lb://} URI goes through the load balancer (discovery). */
    public static WebClient webClient(
            ObjectProvider<ReactorLoadBalancerExchangeFilterFunction> loadBalancer, String uri) {
        // Boot 4 moved the WebClient.Builder bean to a module this gateway does not need; a plain builder
        // on Reactor Netty is all the catalog calls want.
        WebClient.Builder b = WebClient.builder();
        if (uri.startsWith("lb://")) {
            b.filter(loadBalancer.getObject());
        }
        return b.build();
    }

    public static String httpUri(String uri) {
        return uri.startsWith("lb://") ? "http://" + uri.substring("lb://".length()) : uri;
    }

    /** The consumer's active API grant on the resource; empty when the catalog says GRANT_MISSING (404). */
    public Mono<Optional<GrantPolicy>> activeGrant(String consumer, String resourceCode) {
        return authorized(token -> web.get()
                        .uri(
                                httpUri(properties.uri())
                                        + "/api/catalog/lookup/grants/active?consumer={c}&resource={r}&mode=API",
                                consumer,
                                resourceCode)
                        .headers(h -> h.setBearerAuth(token))
                        .accept(MediaType.APPLICATION_JSON)
                        .retrieve()
                        .bodyToMono(GrantPolicy.class)
                        .map(Optional::of))
                .onErrorResume(e -> e instanceof WebClientResponseException.NotFound, e -> Mono.just(Optional.empty()))
                .timeout(properties.lookupTimeout())
                .onErrorMap(e -> !(e instanceof ProblemException), CatalogClient::unavailable);
    }

    /** Published resources with their apiPath. */
    public Mono<List<ResourceRoute>> routes() {
        return authorized(token -> web.get()
                        .uri(httpUri(properties.uri()) + "/api/catalog/lookup/routes")
                        .headers(h -> h.setBearerAuth(token))
                        .accept(MediaType.APPLICATION_JSON)
                        .retrieve()
                        .bodyToMono(new ParameterizedTypeReference<List<ResourceRoute>>() {}))
                .timeout(properties.lookupTimeout().multipliedBy(2));
    }

    /** Suspended departments and clients whose older tokens the catalog revoked. */
    public Mono<Revocations.Snapshot> revocations() {
        return authorized(token -> web.get()
                        .uri(httpUri(properties.uri()) + "/api/catalog/lookup/revocations")
                        .headers(h -> h.setBearerAuth(token))
                        .accept(MediaType.APPLICATION_JSON)
                        .retrieve()
                        .bodyToMono(Revocations.Snapshot.class))
                .timeout(properties.lookupTimeout().multipliedBy(2));
    }

    /** Runs {@code call} with the service token; a 401 means the token went stale: renew once and retry. */
    private <T> Mono<T> authorized(java.util.function.Function<String, Mono<T>> call) {
        return serviceToken.flatMap(call).onErrorResume(WebClientResponseException.Unauthorized.class, e -> {
            serviceToken = newServiceToken();
            return serviceToken.flatMap(call);
        });
    }

    private Mono<String> newServiceToken() {
        return Mono.defer(this::requestServiceToken)
                .cache(
                        token -> token.expiresIn().minus(RENEW_BEFORE_EXPIRY).isNegative()
                                ? Duration.ZERO
                                : token.expiresIn().minus(RENEW_BEFORE_EXPIRY),
                        error -> Duration.ZERO,
                        () -> Duration.ZERO)
                .map(ServiceToken::accessToken);
    }

    private Mono<ServiceToken> requestServiceToken() {
        if (properties.clientSecret() == null || properties.clientSecret().isBlank()) {
            return Mono.error(new IllegalStateException(
                    "gx.gateway.catalog.client-secret (GX_SERVICE_CLIENT_SECRET) is not set: no catalog lookups"));
        }
        return web.post()
                .uri(httpUri(properties.uri()) + "/oauth2/token")
                .headers(h -> h.setBasicAuth(properties.clientId(), properties.clientSecret()))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("grant_type", "client_credentials"))
                .retrieve()
                .bodyToMono(TokenResponse.class)
                .map(r -> new ServiceToken(r.accessToken(), Duration.ofSeconds(Math.max(r.expiresIn(), 0))))
                .doOnError(e -> log.warn("no service token from the catalog: {}", e.toString()));
    }

    private static ProblemException unavailable(Throwable cause) {
        log.warn("catalog lookup failed: {}", cause.toString());
        return new ProblemException(
                HttpStatus.SERVICE_UNAVAILABLE.value(),
                GatewayCodes.CATALOG_UNAVAILABLE,
                "The catalog could not confirm the grant for this request; retry later.");
    }

    private record ServiceToken(String accessToken, Duration expiresIn) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TokenResponse(
            @JsonProperty("access_token") String accessToken, @JsonProperty("expires_in") long expiresIn) {}
}
