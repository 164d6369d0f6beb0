package org.govexchange.contracts.internaltoken;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govexchange.contracts.grant.GrantContext;
import org.govexchange.contracts.grant.Masking;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class InternalTokenFilterTest {

    final KeyPair gateway = InternalTokenKeys.generate();
    final InternalTokenFilter filter = new InternalTokenFilter(
            new InternalTokenVerifier(List.of((ECPublicKey) gateway.getPublic()), Clock.systemUTC()),
            Map.of("/api/population/persons", "101001/000001"));
    final GrantContext grant = new GrantContext(
            "r", "d", "c", "g", "101001/000001", Set.of("name"), Map.of("name", Masking.NAME), "PURPOSE", null);

    /** As the servlet container hands it to filters: the decoded path as servlet path. */
    static MockHttpServletRequest request(String method, String decodedPath) {
        var request = new MockHttpServletRequest(method, decodedPath);
        request.setServletPath(decodedPath);
        return request;
    }

    String token(GrantContext grant) {
        return new InternalTokenSigner((ECPrivateKey) gateway.getPrivate(), "k", Clock.systemUTC())
                .sign(grant, Duration.ofSeconds(30));
    }

    @Test
    void aRequestWithoutTheTokenIsRefusedAsProblemJson() throws Exception {
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();
        filter.doFilter(request("GET", "/api/population/persons/x"), response, chain);
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"code\":\"INTERNAL_TOKEN_INVALID\"");
        assertThat(chain.getRequest()).as("the controller is never reached").isNull();
    }

    @Test
    void aValidTokenReachesTheControllerWithItsGrant() throws Exception {
        var request = request("GET", "/api/population/persons/x");
        request.addHeader(InternalToken.HEADER, token(grant));
        var chain = new MockFilterChain();
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isSameAs(request);
        assertThat(request.getAttribute(GrantContext.REQUEST_ATTRIBUTE)).isEqualTo(grant);
    }

    @Test
    void pathsOutsideTheProtectedOnesPassUntouched() throws Exception {
        var chain = new MockFilterChain();
        var response = new MockHttpServletResponse();
        filter.doFilter(request("GET", "/actuator/health"), response, chain);
        assertThat(chain.getRequest()).isNotNull();
        assertThat(response.getStatus()).isEqualTo(200);
        // A sibling that merely starts with the same characters is another path.
        var sibling = new MockFilterChain();
        filter.doFilter(request("GET", "/api/population/personsX"), new MockHttpServletResponse(), sibling);
        assertThat(sibling.getRequest()).isNotNull();
    }

    @Test
    void aReusedTokenNamesThisRequestsIdNotTheOneItWasMintedFor() throws Exception {
        String token = token(grant);
        for (String requestId : new String[] {"req-a", "req-b"}) {
            var request = request("GET", "/api/population/persons/x");
            request.addHeader(InternalToken.HEADER, token);
            request.addHeader("X-Request-Id", requestId);
            filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
            assertThat(((GrantContext) request.getAttribute(GrantContext.REQUEST_ATTRIBUTE)).requestId())
                    .isEqualTo(requestId);
        }
        var odd = request("GET", "/api/population/persons/x");
        odd.addHeader(InternalToken.HEADER, token);
        odd.addHeader("X-Request-Id", "not a sane id\n");
        filter.doFilter(odd, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(((GrantContext) odd.getAttribute(GrantContext.REQUEST_ATTRIBUTE)).requestId())
                .isEqualTo(grant.requestId());
    }

    @Test
    void aTokenMintedForAnotherResourceIsForbidden() throws Exception {
        var other = new GrantContext(
                "r", "d", "c", "g", "102001/000001", Set.of("name"), Map.of("name", Masking.NONE), "PURPOSE", null);
        var request = request("POST", "/api/population/persons/batch");
        request.addHeader(InternalToken.HEADER, token(other));
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"code\":\"TOKEN_RESOURCE_MISMATCH\"");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void theMaskingOfTheGrantTravelsInTheTokenAndAnUnnamedFieldIsMaskedFully() throws Exception {
        var request = request("GET", "/api/population/persons/x");
        request.addHeader(
                InternalToken.HEADER,
                token(new GrantContext(
                        "r",
                        "d",
                        "c",
                        "g",
                        "101001/000001",
                        Set.of("name", "phone", "birthDate"),
                        Map.of("name", Masking.NONE, "phone", Masking.PHONE),
                        "PURPOSE",
                        null)));
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        var verified = (GrantContext) request.getAttribute(GrantContext.REQUEST_ATTRIBUTE);
        assertThat(verified.maskingOf("name")).isEqualTo(Masking.NONE);
        assertThat(verified.maskingOf("phone")).isEqualTo(Masking.PHONE);
        assertThat(verified.maskingOf("birthDate")).isEqualTo(Masking.FULL);
        assertThat(verified.maskingOf("notGranted")).isEqualTo(Masking.FULL);
    }
}
