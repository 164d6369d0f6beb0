package org.govexchange.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonTest {

    @Test
    void writesNestedMapsInOrderAndParsesBack() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("benchmark", "gateway-lookup");
        map.put("cores", 2);
        map.put("ratio", 0.6123456789);
        map.put("whole", 3.0);
        map.put("nan", Double.NaN);
        map.put("ok", true);
        map.put("missing", null);
        map.put("text", "line\n\"quoted\" \\ 人口 \u0001");
        map.put("list", List.of(1, "two", Map.of()));
        map.put("empty", List.of());

        String json = Json.write(map);

        assertThat(json.indexOf("\"benchmark\"")).isLessThan(json.indexOf("\"cores\""));
        assertThat(json)
                .contains("\"whole\": 3,")
                .contains("\"ratio\": 0.612345679,")
                .contains("\"nan\": null")
                .contains("\\u0001");
        JsonNode parsed = JsonMapper.builder().build().readTree(json);
        assertThat(parsed.path("cores").asInt()).isEqualTo(2);
        assertThat(parsed.path("ratio").asDouble()).isCloseTo(0.612346, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(parsed.path("text").asString()).isEqualTo("line\n\"quoted\" \\ 人口 \u0001");
        assertThat(parsed.path("missing").isNull()).isTrue();
        assertThat(parsed.path("list").size()).isEqualTo(3);
        assertThat(parsed.path("list").get(1).asString()).isEqualTo("two");
        assertThat(parsed.path("empty").isArray()).isTrue();
    }

    @Test
    void smallAndLargeNumbersKeepTheirValue() {
        List<Object> numbers = Arrays.asList(1.5e-7, 123456.789, 12_345_678_901L, -0.25);
        JsonNode parsed = JsonMapper.builder().build().readTree(Json.write(numbers));
        assertThat(parsed.get(0).asDouble()).isEqualTo(1.5e-7);
        assertThat(parsed.get(1).asDouble()).isEqualTo(123456.789);
        assertThat(parsed.get(2).asLong()).isEqualTo(12_345_678_901L);
        assertThat(parsed.get(3).asDouble()).isEqualTo(-0.25);
    }
}
