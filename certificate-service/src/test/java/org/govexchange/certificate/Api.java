package org.govexchange.certificate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.govexchange.contracts.grant.GrantContext;
import org.govexchange.contracts.grant.Masking;
import org.govexchange.contracts.internaltoken.InternalToken;
import org.govexchange.testkit.TestInternalTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP calls to the service, as the gateway forwards them (internal token) or as management clients send them (Bearer). */
final class Api {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;

    Api(int port) {
        this.port = port;
    }

    record Response(int status, String body, HttpResponse<byte[]> raw) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        String code() {
            JsonNode code = json().get("code");
            return code == null ? null : code.asString();
        }
    }

    /** Who calls: a department through the gateway, a Bearer client, or nobody. */
    static final class Caller {
        final String header;
        final String value;

        private Caller(String header, String value) {
            this.header = header;
            this.value = value;
        }

        /** The certificate resource's code in the catalog, which the service's data path is pinned to. */
        static final String RESOURCE = "201001/000001";

        /** Every field of the catalog's certificate resource, in its order. */
        static final List<String> FIELDS = List.of(
                "certificateId", "typeCode", "holderName", "holderIdentifier", "issueDate", "expiryDate", "status");

        /**
         * A department's request as the gateway forwards it on the certificate resource, under a grant of every
         * field unmasked (what the demo catalog grants hrss).
         */
        static Caller department(String dept) {
            Map<String, Masking> plain = new LinkedHashMap<>();
            FIELDS.forEach(field -> plain.put(field, Masking.NONE));
            return department(dept, RESOURCE, "grant-" + dept, plain);
        }

        /** Under a grant of just these fields, masked as given (the gateway has already applied ?fields=). */
        static Caller department(String dept, Map<String, Masking> fields) {
            return department(dept, RESOURCE, "grant-" + dept, fields);
        }

        /** A token as the gateway mints it for a write: no grant, no fields. */
        static Caller writer(String dept) {
            return department(dept, RESOURCE, null, Map.of());
        }

        static Caller department(String dept, String resource, String grantId, Map<String, Masking> fields) {
            return new Caller(
                    InternalToken.HEADER,
                    TestInternalTokens.mint(new GrantContext(
                            UUID.randomUUID().toString(),
                            dept,
                            "client-" + dept,
                            grantId,
                            resource,
                            fields.keySet(),
                            fields,
                            "TEST_PURPOSE",
                            "CASE-1")));
        }

        static Caller bearer(String token) {
            return new Caller("Authorization", "Bearer " + token);
        }

        static Caller anonymous() {
            return new Caller(null, null);
        }
    }

    Response get(String path, Caller caller) {
        return send(request(path, caller).GET());
    }

    Response delete(String path, Caller caller) {
        return send(request(path, caller).DELETE());
    }

    Response post(String path, Caller caller, Object body) {
        String json = body instanceof String s ? s : JSON.writeValueAsString(body);
        return send(request(path, caller)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response put(String path, Caller caller, Object body) {
        return send(request(path, caller)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    private HttpRequest.Builder request(String path, Caller caller) {
        var builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("X-GX-Purpose", "TEST_PURPOSE");
        if (caller.header != null) {
            builder.header(caller.header, caller.value);
        }
        return builder;
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
