package org.govexchange.certificate.signing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** RFC 8785: member order, whitespace and number spelling do not change what is signed. */
class CanonicalJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final CanonicalJson canonical = new CanonicalJson(json);

    @Test
    void sortsMembersDropsWhitespaceAndNormalisesNumbers() {
        var a = json.readTree("{ \"b\": [1.0, 2e2, \"\\u00e9\"], \"a\": {\"z\": true, \"y\": null}, \"中\": \"证\" }");
        assertThat(canonical.string(a)).isEqualTo("{\"a\":{\"y\":null,\"z\":true},\"b\":[1,200,\"é\"],\"中\":\"证\"}");
    }

    @Test
    void theSameValueWrittenTwoWaysHasOneCanonicalForm() {
        var compact = json.readTree("{\"id\":\"x\",\"data\":{\"n\":10,\"s\":\"a\"}}");
        var pretty = json.readTree("{\n  \"data\" : { \"s\" : \"a\", \"n\" : 1E1 },\n  \"id\" : \"x\"\n}");
        assertThat(canonical.bytes(pretty)).isEqualTo(canonical.bytes(compact));
    }
}
