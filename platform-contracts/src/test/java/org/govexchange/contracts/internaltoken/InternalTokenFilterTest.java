package org.govexchange.contracts.internaltoken;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.govexchange.contracts.grant.GrantContext;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class InternalTokenFilterTest {

    final KeyPair gateway = InternalTokenKeys.generate();
    final InternalTokenFilter filter = new InternalTokenFilter(
            new InternalTokenVerifier(List.of((ECPublicKey) gateway.getPublic()), Clock.systemUTC()), List.of("/api/"));
    final GrantContext grant = new GrantContext("r", "d", "c", "g", "res", Set.of("name"), Set.of(), "PURPOSE", null);

    @Test
    void aRequestWithoutTheTokenIsRefusedAsProblemJson() throws Exception {
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();
        filter.doFilter(new MockHttpServletRequest("GET", "/api/population/persons/x"), response, chain);
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"code\":\"INTERNAL_TOKEN_INVALID\"");
        assertThat(chain.getRequest()).as("the controller is never reached").isNull();
    }

    @Test
    void aValidTokenReachesTheControllerWithItsGrant() throws Exception {
        var request = new MockHttpServletRequest("GET", "/api/population/persons/x");
        request.addHeader(
                InternalToken.HEADER,
                new InternalTokenSigner((ECPrivateKey) gateway.getPrivate(), "k", Clock.systemUTC())
                        .sign(grant, Duration.ofSeconds(30)));
        var chain = new MockFilterChain();
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isSameAs(request);
        assertThat(request.getAttribute(GrantContext.REQUEST_ATTRIBUTE)).isEqualTo(grant);
    }

    @Test
    void pathsOutsideTheProtectedOnesPassUntouched() throws Exception {
        var chain = new MockFilterChain();
        var response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/actuator/health"), response, chain);
        assertThat(chain.getRequest()).isNotNull();
        assertThat(response.getStatus()).isEqualTo(200);
    }
}
