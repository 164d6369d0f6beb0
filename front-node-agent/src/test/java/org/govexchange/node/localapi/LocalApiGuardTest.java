package org.govexchange.node.localapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequestWrapper;
import java.net.URI;
import java.time.Duration;
import org.govexchange.contracts.problem.ProblemException;
import org.govexchange.node.NodeProperties;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class LocalApiGuardTest {

    static NodeProperties node(String apiKey) {
        return new NodeProperties(
                "11350100003501011L",
                "n",
                URI.create("http://127.0.0.1:8080"),
                null,
                "Ed25519",
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                new NodeProperties.Push(apiKey, 10),
                Duration.ofSeconds(10),
                true,
                null);
    }

    static MockHttpServletRequest from(String address) {
        var request = new MockHttpServletRequest("POST", "/node/records/101001/000001");
        request.setRemoteAddr(address);
        return request;
    }

    @Test
    void withoutAKeyOnlyLoopbackCallersGetIn() {
        var guard = new LocalApiGuard(node(null));

        assertThat(guard.preHandle(from("127.0.0.1"), new MockHttpServletResponse(), null))
                .isTrue();
        assertThat(guard.preHandle(from("::1"), new MockHttpServletResponse(), null))
                .isTrue();
        assertThatThrownBy(() -> guard.preHandle(from("10.1.2.3"), new MockHttpServletResponse(), null))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.code()).isEqualTo(LocalApiGuard.LOCAL_API_FORBIDDEN);
                });
    }

    @Test
    void aForwardedAddressCannotPassForLoopback() {
        var guard = new LocalApiGuard(node(null));
        // What the framework's forwarded-header filter does with "X-Forwarded-For: 127.0.0.1".
        var forwarded = new HttpServletRequestWrapper(from("10.1.2.3")) {
            @Override
            public String getRemoteAddr() {
                return "127.0.0.1";
            }
        };

        assertThatThrownBy(() -> guard.preHandle(forwarded, new MockHttpServletResponse(), null))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void theApiKeyAdmitsRemoteCallersAndAWrongKeyIsRefused() {
        var guard = new LocalApiGuard(node("s3cret"));
        var withKey = from("10.1.2.3");
        withKey.addHeader(LocalApiGuard.HEADER, "s3cret");
        var wrongKey = from("127.0.0.1");
        wrongKey.addHeader(LocalApiGuard.HEADER, "guess");

        assertThat(guard.preHandle(withKey, new MockHttpServletResponse(), null))
                .isTrue();
        assertThatThrownBy(() -> guard.preHandle(wrongKey, new MockHttpServletResponse(), null))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.status()).isEqualTo(401));
        assertThatThrownBy(() -> guard.preHandle(from("10.1.2.3"), new MockHttpServletResponse(), null))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
    }
}
