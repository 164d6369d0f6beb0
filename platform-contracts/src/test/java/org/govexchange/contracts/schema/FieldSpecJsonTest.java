package org.govexchange.contracts.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.govexchange.contracts.grant.Masking;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The schema JSON the catalog stores and serves: the same member names and enum values as before. */
class FieldSpecJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aStoredRowReadsAndWritesBackWithTheSameNames() {
        String stored = "[{\"code\":\"idNumber\",\"name\":\"公民身份号码\",\"type\":\"STRING\",\"length\":18,"
                + "\"required\":true,\"key\":true,\"sensitivity\":\"L3\",\"masking\":\"ID_NUMBER\","
                + "\"validation\":{\"kind\":\"ID_NUMBER\",\"pattern\":null,\"values\":null}},"
                + "{\"code\":\"gender\",\"name\":\"性别\",\"type\":\"STRING\",\"validation\":{\"kind\":\"CODE_TABLE\","
                + "\"values\":[\"1\",\"2\"],\"futureMember\":1},\"futureMember\":{\"x\":1}}]";
        List<FieldSpec> fields = json.readValue(stored, new TypeReference<List<FieldSpec>>() {});
        assertThat(fields.get(0))
                .isEqualTo(new FieldSpec(
                        "idNumber",
                        "公民身份号码",
                        FieldType.STRING,
                        18,
                        true,
                        true,
                        Sensitivity.L3,
                        Masking.ID_NUMBER,
                        FieldValidation.of(ValidationKind.ID_NUMBER)));
        assertThat(fields.get(1).validation().values()).containsExactly("1", "2");
        assertThat(fields.get(1).masking()).isEqualTo(Masking.NONE);

        String written = json.writeValueAsString(fields.get(0));
        assertThat(written)
                .contains(
                        "\"code\":\"idNumber\"",
                        "\"type\":\"STRING\"",
                        "\"length\":18",
                        "\"required\":true",
                        "\"key\":true",
                        "\"sensitivity\":\"L3\"",
                        "\"masking\":\"ID_NUMBER\"",
                        "\"validation\":{\"kind\":\"ID_NUMBER\"");
    }
}
