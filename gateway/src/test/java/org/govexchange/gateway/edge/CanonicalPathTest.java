package org.govexchange.gateway.edge;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.govexchange.gateway.GatewayIntegrationTest;
import org.govexchange.gateway.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.http.MediaType;
import org.wiremock.spring.InjectWireMock;

/**
 * One canonical path: an ambiguous path is 400 PATH_NOT_CANONICAL before any routing or grant decision, and
 * the read/write decision is made on the decoded path, which is what the service sees.
 */
class CanonicalPathTest extends GatewayIntegrationTest {

    /**
     * Hostile paths, sent byte for byte on a raw connection (a client library would normalise them). Grow this
     * table whenever a new way to say one path two ways is found.
     */
    static final List<String> HOSTILE = List.of(
            "/api/population/persons%2F11010519491231002X",
            "/api/population/persons%2f11010519491231002X",
            "/api/population/persons/%5C11010519491231002X",
            "/api/population/persons/%5c..%5csealed-records",
            "/api/population/persons\\11010519491231002X",
            "/api/population/persons/%2E%2E/sealed-records",
            "/api/population/persons/%2e",
            "/api/population/persons/1%2E2",
            "/api/population/persons/1%00",
            "/api/population/persons/1%0A",
            "/api/population/persons/1%0d%0aX-GX-Internal-Token:%20x",
            "/api/population/persons/1%09",
            "/api/population/persons/1%7F",
            "/api/population/persons/1%C2%85",
            "/api/population/persons/1\u0001",
            "/api/population/./persons/1",
            "/api/population/persons/../sealed-records/1",
            "/api/population/persons/.",
            "/api/population/persons/..",
            "/api/population/%2e%2e/%2e%2e/actuator/env",
            "/api/population//persons/1",
            "//api/population/persons/1",
            "/api/population/persons/1//",
            "/api/population/persons;jsessionid=1",
            "/api/population/persons/1;x=y",
            "/api/population/persons/1%3Bx",
            "/api/population/persons/1%3b",
            "/api/population/persons/%zz",
            "/api/population/persons/1%",
            "/api/population/persons/1%4",
            "/api/population/persons/%C3%28",
            "/api/population/persons/%FF",
            "/api/population/persons/%E5%BC",
            "/api/population/persons/%ED%A0%80",
            "/api/population/persons/\u5f20\u4e09");

    @InjectWireMock("population-db-service")
    WireMockServer population;

    @ParameterizedTest
    @FieldSource("HOSTILE")
    void anAmbiguousPathIsRefusedBeforeRoutingAndNothingIsForwarded(String path) throws IOException {
        population.stubFor(get(anyUrl()).willReturn(okJson("{}")));

        RawResponse response = raw("GET", path);

        assertThat(response.status()).as(path).isEqualTo(400);
        assertThat(response.header("content-type")).as(path).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.body()).as(path).contains("\"code\":\"PATH_NOT_CANONICAL\"");
        population.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void percentEncodedReadActionsAreJudgedAsReadsAndNeedTheGrant() {
        stubNoGrant(TestTokens.AMR, POPULATION);
        stubNoGrant(TestTokens.AMR, LEGAL_ENTITY);
        population.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(anyUrl())
                .willReturn(okJson("{\"matches\":true}")));

        for (String path : List.of(
                "/api/population/persons/batch",
                "/api/population/persons/%62atch",
                "/api/population/persons/%76erify",
                "/api/population/persons/%76%65%72%69%66%79/",
                "/api/legal-entities/entities/%76erify")) {
            expectProblem(
                    as(TestTokens.department(TestTokens.AMR))
                            .post()
                            .uri(URI.create("http://127.0.0.1:" + port + path))
                            .header("X-GX-Purpose", "MARKET_SUPERVISION")
                            .contentType(MediaType.APPLICATION_JSON)
                            .bodyValue("{\"idNumber\":\"11010519491231002X\",\"name\":\"张三\"}"),
                    403,
                    "GRANT_MISSING");
        }
        population.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void withTheGrantAnEncodedActionIsForwardedAsTheCanonicalPath() throws IOException {
        population.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(anyUrl())
                .willReturn(okJson("{\"matches\":true}")));

        RawResponse response = raw("POST", "/api/population/persons/%76erify");

        assertThat(response.status()).isEqualTo(200);
        population.verify(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                urlEqualTo("/api/population/persons/verify")));
    }

    @Test
    void encodedNonAsciiAndSpacesStillWorkAndAreForwardedInTheStandardEncoding() throws IOException {
        population.stubFor(get(urlPathMatching("/api/population/persons/.*")).willReturn(okJson("{}")));

        String query = "?name=%E5%BC%A0%E4%B8%89&fields=name";
        assertThat(raw("GET", "/api/population/persons/11010519491231002X" + query)
                        .status())
                .isEqualTo(200);
        assertThat(raw("GET", "/api/population/persons/%e5%bc%a0%20%E4%B8%89?fields=name")
                        .status())
                .isEqualTo(200);
        assertThat(raw("GET", "/api/population/persons/").status()).isEqualTo(200);

        population.verify(getRequestedFor(urlEqualTo("/api/population/persons/11010519491231002X" + query)));
        population.verify(getRequestedFor(urlEqualTo("/api/population/persons/%E5%BC%A0%20%E4%B8%89?fields=name")));
    }

    @Test
    void nettyLevelRefusalsAreProblemsToo() throws IOException {
        RawResponse tooLong = raw("GET", "/api/population/persons/" + "1".repeat(10_000));
        assertThat(tooLong.status()).isEqualTo(414);
        assertThat(tooLong.header("content-type")).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(tooLong.body()).contains("\"code\":\"URI_TOO_LONG\"");

        RawResponse tooLarge = raw("GET", "/api/population/persons/1", "X-Padding: " + "p".repeat(20_000));
        assertThat(tooLarge.status()).isEqualTo(431);
        assertThat(tooLarge.header("content-type")).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(tooLarge.body()).contains("\"code\":\"HEADERS_TOO_LARGE\"");

        RawResponse notHttp = rawBytes("GET /api/population/persons/1 HTTP/9.x\r\nHost: x\r\n\r\n");
        assertThat(notHttp.status()).isEqualTo(400);
        assertThat(notHttp.body()).contains("\"code\":");
        population.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aMethodSpringSecuritysFirewallRefusesIsA405Problem() throws IOException {
        // (Its header checks are lazy: a header nobody reads is never checked; not a path matter.)
        RawResponse trace = raw("TRACE", "/api/population/persons/1");
        assertThat(trace.status()).isEqualTo(405);
        assertThat(trace.header("content-type")).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(trace.body()).contains("\"code\":\"METHOD_NOT_ALLOWED\"");
        population.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void theParserDecodesOnceAndReencodesTheStandardWay() throws Exception {
        CanonicalPath path = CanonicalPath.parse("/a/%62atch/%e5%bc%a0%20x/");
        assertThat(path.decoded()).isEqualTo("/a/batch/张 x/");
        assertThat(path.encoded()).isEqualTo("/a/batch/%E5%BC%A0%20x/");
        assertThat(CanonicalPath.parse("/").decoded()).isEqualTo("/");
    }

    private record RawResponse(int status, String head, String body) {
        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return "";
        }
    }

    /** One HTTP/1.1 request with the path exactly as given (UTF-8 bytes), as HRSS with a purpose. */
    private RawResponse raw(String method, String path, String... headers) throws IOException {
        String body = "POST".equals(method) ? "{\"idNumber\":\"11010519491231002X\"}" : "";
        String request = method + " " + path + " HTTP/1.1\r\n"
                + "Host: 127.0.0.1:" + port + "\r\n"
                + "Authorization: Bearer " + TestTokens.department(TestTokens.HRSS) + "\r\n"
                + "X-GX-Purpose: SOCIAL_SECURITY\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + body.length() + "\r\n"
                + String.join(
                        "",
                        java.util.Arrays.stream(headers).map(h -> h + "\r\n").toList())
                + "Connection: close\r\n\r\n" + body;
        return rawBytes(request);
    }

    private RawResponse rawBytes(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            String rest = split < 0 ? "" : text.substring(split + 4);
            int status = head.length() >= 12 ? Integer.parseInt(head.substring(9, 12)) : -1;
            return new RawResponse(status, head, rest);
        }
    }
}
