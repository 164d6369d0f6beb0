package org.govexchange.certificate.type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govexchange.contracts.problem.ProblemException;
import org.govexchange.contracts.schema.FieldSpec;
import org.govexchange.contracts.schema.FieldType;
import org.govexchange.contracts.schema.FieldValidation;
import org.govexchange.contracts.schema.ValidationKind;
import org.junit.jupiter.api.Test;

/** A type's schema: what passes is brought into its signed form; what fails is listed field by field. */
class DataSchemaTest {

    private final DataSchema schema = new DataSchema(List.of(
            FieldSpec.of("name", "名称", FieldType.STRING, 4, true, null),
            FieldSpec.of("capital", "注册资本", FieldType.DECIMAL, null, false, null),
            FieldSpec.of("staff", "人数", FieldType.INTEGER, null, false, null),
            FieldSpec.of("since", "成立日期", FieldType.DATE, null, false, null),
            FieldSpec.of("at", "时间", FieldType.DATETIME, null, false, null),
            FieldSpec.of("open", "营业中", FieldType.BOOLEAN, null, false, null),
            FieldSpec.of(
                    "kind",
                    "类型",
                    FieldType.STRING,
                    null,
                    false,
                    new FieldValidation(ValidationKind.CODE_TABLE, null, List.of("A", "B"))),
            FieldSpec.of(
                    "owner",
                    "负责人身份证",
                    FieldType.STRING,
                    null,
                    false,
                    new FieldValidation(ValidationKind.ID_NUMBER, null, null)),
            FieldSpec.of(
                    "code",
                    "代码",
                    FieldType.STRING,
                    null,
                    false,
                    new FieldValidation(ValidationKind.REGEX, "[0-9]{3}", null))));

    @Test
    void validDataComesBackInSchemaOrderAndSignedForm() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("owner", "11010519491231002x");
        data.put("capital", 12.50);
        data.put("name", "福州茶行");
        data.put("staff", 12);
        data.put("since", "2020-02-29");
        data.put("at", "2026-01-05T10:00:00+08:00");
        data.put("open", true);
        data.put("kind", "A");
        data.put("code", "007");
        Map<String, Object> normalized = schema.validate(data);
        assertThat(normalized.keySet())
                .containsExactly("name", "capital", "staff", "since", "at", "open", "kind", "owner", "code");
        assertThat(normalized.get("capital")).isEqualTo("12.5");
        assertThat(normalized.get("staff")).isEqualTo(12L);
        assertThat(normalized.get("owner")).isEqualTo("11010519491231002X");
    }

    @Test
    void everyProblemIsListed() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("name", "福州茶行有限公司");
        data.put("capital", "a lot");
        data.put("staff", 1.5);
        data.put("since", "2021-02-29");
        data.put("open", "yes");
        data.put("kind", "C");
        data.put("owner", "110105194912310021");
        data.put("code", "12");
        data.put("extra", 1);
        assertThatThrownBy(() -> schema.validate(data)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(422);
            assertThat(e.code()).isEqualTo("CERTIFICATE_DATA_INVALID");
            @SuppressWarnings("unchecked")
            List<Map<String, String>> errors =
                    (List<Map<String, String>>) e.properties().get("errors");
            assertThat(errors)
                    .extracting(m -> m.get("field"))
                    .containsExactly("name", "capital", "staff", "since", "open", "kind", "owner", "code", "extra");
        });
        assertThatThrownBy(() -> schema.validate(Map.of()))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.properties().toString()).contains("name"));
    }

    @Test
    void integersBeyondWhatJsonNumbersHoldExactlyAreRefused() {
        assertThatThrownBy(() -> schema.validate(Map.of("name", "x", "staff", 1L << 54)))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void nonFiniteHugeAndFarOutValuesAreFieldErrorsNotFailures() {
        for (Map.Entry<String, Object> bad : List.of(
                Map.<String, Object>entry("capital", Double.NaN),
                Map.<String, Object>entry("capital", Double.POSITIVE_INFINITY),
                // A valid BigDecimal whose plain form would have a billion digits.
                Map.<String, Object>entry("capital", "1e999999999"),
                Map.<String, Object>entry("capital", "1e-999999999"),
                Map.<String, Object>entry("since", "+999999999-12-31"),
                Map.<String, Object>entry("since", "1899-12-31"),
                Map.<String, Object>entry("at", "+999999999-12-31T00:00:00Z"))) {
            assertThatThrownBy(() -> schema.validate(Map.of("name", "x", bad.getKey(), bad.getValue())))
                    .as(bad.toString())
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.code()).isEqualTo("CERTIFICATE_DATA_INVALID");
                        assertThat(e.properties().toString()).contains(bad.getKey());
                    });
        }
        assertThat(schema.validate(Map.of("name", "x", "capital", "1.5e3")).get("capital"))
                .isEqualTo("1500");
    }

    @Test
    void aMalformedFieldIs400AndARuleThatCannotRunIs422() {
        assertThatThrownBy(() -> DataSchema.requireConsistent(
                        List.of(FieldSpec.of("1bad", "名称", FieldType.STRING, null, false, null))))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("VALIDATION_FAILED");
                });
        // java.util.regex would run this in exponential time; RE2 cannot run back-references at all.
        assertThatThrownBy(() -> DataSchema.requireConsistent(List.of(
                        FieldSpec.of("code", "代码", FieldType.STRING, null, false, FieldValidation.regex("(a)\\1")))))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.code()).isEqualTo("CERTIFICATE_TYPE_SCHEMA_INVALID");
                });
    }
}
