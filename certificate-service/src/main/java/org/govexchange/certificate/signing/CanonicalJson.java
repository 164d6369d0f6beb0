package org.govexchange.certificate.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.erdtman.jcs.JsonCanonicalizer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** RFC 8785 (JSON Canonicalization Scheme): the one byte form of a JSON value that is signed and verified. */
@Component
public class CanonicalJson {

    private final JsonMapper json;

    public CanonicalJson(JsonMapper json) {
        this.json = json;
    }

    public String string(JsonNode value) {
        try {
            return new JsonCanonicalizer(json.writeValueAsString(value)).getEncodedString();
        } catch (IOException e) {
            // Jackson wrote the input itself, so the canonicalizer cannot fail to parse it.
            throw new UncheckedIOException(e);
        }
    }

    public byte[] bytes(JsonNode value) {
        return string(value).getBytes(StandardCharsets.UTF_8);
    }
}
