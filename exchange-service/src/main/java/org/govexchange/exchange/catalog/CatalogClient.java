package org.govexchange.exchange.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.govexchange.contracts.grant.GrantPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The catalog's lookup API, called as the SERVICE account with a client-credentials token (obtained on first
 * use, renewed a minute before it expires or when a call answers 401). Blocking: the hub's consumers call it on
 * a cache miss only ({@link CatalogCache}). A 404 is "empty"; another 4xx about the request itself is a
 * {@link CatalogRefusedException} (the message that asked cannot be processed); anything else (unreachable, 5xx,
 * 401 after renewal, 403, 429) is a {@link CatalogUnavailableException} (retried later).
 */
@Component
class CatalogClient {

    private static final Logger log = LoggerFactory.getLogger(CatalogClient.class);
    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(60);
    /** 4xx answers about the hub's own standing (token, rights, rate), not about the request: retried later. */
    private static final Set<Integer> RETRYABLE = Set.of(401, 403, 407, 408, 429);

    private final RestClient rest;
    private final CatalogProperties properties;
    private volatile String token;
    private volatile Instant tokenRenewAt = Instant.EPOCH;

    CatalogClient(CatalogProperties properties) {
        this.properties = properties;
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
        var factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(properties.timeout());
        this.rest = RestClient.builder()
                .baseUrl(properties.url())
                .requestFactory(factory)
                .build();
    }

    /** The department's valid keys; empty when the catalog does not know the department. */
    Optional<CatalogModel.DepartmentKeys> departmentKeys(String departmentCode) {
        return authorized(token -> rest.get()
                .uri("/api/catalog/lookup/departments/{code}/keys", departmentCode)
                .headers(h -> h.setBearerAuth(token))
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .body(CatalogModel.DepartmentKeys.class));
    }

    /** The resource with the fields of {@code version} (the current one when null); empty when unknown. */
    Optional<CatalogModel.Resource> resource(String resourceCode, Integer version) {
        String[] parts = resourceCode.split("/", 2);
        if (parts.length != 2) {
            return Optional.empty();
        }
        return authorized(token -> rest.get()
                .uri(b -> {
                    b.path("/api/catalog/lookup/resources/{c}/{s}/schema");
                    if (version != null) {
                        b.queryParam("version", version);
                    }
                    return b.build(parts[0], parts[1]);
                })
                .headers(h -> h.setBearerAuth(token))
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .body(CatalogModel.Resource.class));
    }

    /** The resource's ACTIVE SUBSCRIPTION grants of active consumers; empty list when the resource is unknown. */
    List<GrantPolicy> subscriptionGrants(String resourceCode) {
        return authorized(token -> rest.get()
                        .uri("/api/catalog/lookup/grants?resource={r}&mode=SUBSCRIPTION", resourceCode)
                        .headers(h -> h.setBearerAuth(token))
                        .accept(MediaType.APPLICATION_JSON)
                        .retrieve()
                        .body(new ParameterizedTypeReference<List<GrantPolicy>>() {}))
                .orElse(List.of());
    }

    /** Runs {@code call} with the service token; 404 is "empty", 401 renews the token once. */
    private <T> Optional<T> authorized(Function<String, T> call) {
        try {
            try {
                return Optional.ofNullable(call.apply(token()));
            } catch (HttpClientErrorException.Unauthorized stale) {
                tokenRenewAt = Instant.EPOCH;
                return Optional.ofNullable(call.apply(token()));
            }
        } catch (HttpClientErrorException e) {
            int status = e.getStatusCode().value();
            if (status == HttpStatus.NOT_FOUND.value()) {
                return Optional.empty();
            }
            if (RETRYABLE.contains(status)) {
                throw new CatalogUnavailableException("the catalog refused a lookup: " + e.getStatusCode(), e);
            }
            // A 4xx about the request itself: asking again cannot help, the caller gives up on that message.
            throw new CatalogRefusedException(status, "the catalog refused the lookup: " + e.getStatusCode(), e);
        } catch (RestClientException e) {
            throw new CatalogUnavailableException("the catalog is unreachable: " + e.getMessage(), e);
        }
    }

    private String token() {
        if (token != null && Instant.now().isBefore(tokenRenewAt)) {
            return token;
        }
        synchronized (this) {
            if (token != null && Instant.now().isBefore(tokenRenewAt)) {
                return token;
            }
            if (properties.clientSecret() == null || properties.clientSecret().isBlank()) {
                throw new CatalogUnavailableException(
                        "gx.exchange.catalog.client-secret (GX_SERVICE_CLIENT_SECRET) is not set: no catalog lookups",
                        null);
            }
            var form = new LinkedMultiValueMap<String, String>();
            form.add("grant_type", "client_credentials");
            TokenResponse response;
            try {
                response = rest.post()
                        .uri("/oauth2/token")
                        .headers(h -> h.setBasicAuth(properties.clientId(), properties.clientSecret()))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .body(form)
                        .retrieve()
                        .body(TokenResponse.class);
            } catch (RestClientException e) {
                log.warn("no service token from the catalog: {}", e.toString());
                throw new CatalogUnavailableException("no service token from the catalog: " + e.getMessage(), e);
            }
            if (response == null || response.accessToken() == null) {
                throw new CatalogUnavailableException("the catalog's token response has no access_token", null);
            }
            Duration lifetime = Duration.ofSeconds(Math.max(response.expiresIn(), 0));
            Duration reuse = lifetime.compareTo(RENEW_BEFORE_EXPIRY.multipliedBy(2)) > 0
                    ? lifetime.minus(RENEW_BEFORE_EXPIRY)
                    : lifetime.dividedBy(2);
            token = response.accessToken();
            tokenRenewAt = Instant.now().plus(reuse);
            return token;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TokenResponse(
            @JsonProperty("access_token") String accessToken, @JsonProperty("expires_in") long expiresIn) {}
}
