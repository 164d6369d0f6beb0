package org.govexchange.exchange.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govexchange.contracts.exchange.ExchangeRecord;
import org.govexchange.contracts.exchange.RecordOp;
import org.govexchange.contracts.grant.Masking;
import org.govexchange.contracts.schema.FieldSpec;
import org.govexchange.contracts.schema.FieldType;
import org.govexchange.contracts.schema.FieldValidation;
import org.govexchange.contracts.schema.ValidationKind;
import org.govexchange.exchange.catalog.CatalogModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class RecordValidatorTest {

    private static final String ID = "11010519491231002X";
    private static final String USCC = "91350100M000100Y43";

    private final RecordValidator validator = new RecordValidator();

    private final CatalogModel.Resource resource = new CatalogModel.Resource(
            "101001/000001",
            "people",
            "11350100003501011L",
            "CONDITIONAL",
            List.of(
                    field(
                            "idNumber",
                            "STRING",
                            18,
                            true,
                            true,
                            new FieldValidation(ValidationKind.ID_NUMBER, null, null)),
                    field("name", "STRING", 4, true, false, null),
                    field(
                            "gender",
                            "STRING",
                            1,
                            false,
                            false,
                            new FieldValidation(ValidationKind.CODE_TABLE, null, List.of("1", "2", "9"))),
                    field(
                            "phone",
                            "STRING",
                            null,
                            false,
                            false,
                            new FieldValidation(ValidationKind.REGEX, "1[0-9]{10}", null)),
                    field(
                            "employer",
                            "STRING",
                            18,
                            false,
                            false,
                            new FieldValidation(ValidationKind.CREDIT_CODE, null, null)),
                    field("age", "INTEGER", 3, false, false, null),
                    field("height", "DECIMAL", null, false, false, null),
                    field("birthDate", "DATE", null, false, false, null),
                    field("updatedAt", "DATETIME", null, false, false, null),
                    field("verified", "BOOLEAN", null, false, false, null)),
            "PUBLISHED",
            1,
            1);

    private static FieldSpec field(
            String code, String type, Integer length, boolean required, boolean key, FieldValidation rule) {
        return new FieldSpec(code, code, FieldType.valueOf(type), length, required, key, null, Masking.NONE, rule);
    }

    private static ExchangeRecord record(Map<String, Object> changes) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("idNumber", ID);
        data.put("name", "张三");
        data.put("gender", "1");
        data.put("phone", "13812345678");
        data.put("employer", USCC);
        data.put("age", 76);
        data.put("height", new BigDecimal("172.5"));
        data.put("birthDate", "1949-12-31");
        data.put("updatedAt", "2026-11-22T01:02:03.120");
        data.put("verified", true);
        data.putAll(changes);
        return new ExchangeRecord(String.valueOf(data.get("idNumber")), RecordOp.UPSERT, 1, data);
    }

    private List<String> rules(Map<String, Object> changes) {
        return validator.validate(resource, record(changes)).stream()
                .map(v -> v.field() + ":" + v.rule())
                .toList();
    }

    private static CatalogModel.Resource withPhoneRule(String pattern) {
        return new CatalogModel.Resource(
                "101001/000002",
                "phones",
                "11350100003501011L",
                "CONDITIONAL",
                List.of(
                        field("idNumber", "STRING", 18, true, true, null),
                        field(
                                "phone",
                                "STRING",
                                null,
                                false,
                                false,
                                new FieldValidation(ValidationKind.REGEX, pattern, null))),
                "PUBLISHED",
                1,
                1);
    }

    private List<Violation> phone(String pattern, String value) {
        return validator.validate(
                withPhoneRule(pattern),
                new ExchangeRecord(ID, RecordOp.UPSERT, 1, Map.of("idNumber", ID, "phone", value)));
    }

    @Test
    @Timeout(5)
    void aCatastrophicPatternRunsInLinearTime() {
        // java.util.regex takes about 2^36 steps for this; RE2/J answers at once.
        assertThat(phone("(a+)+$", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!"))
                .extracting(Violation::rule)
                .containsExactly("REGEX");
        assertThat(phone("(a+)+$", "a".repeat(100_000))).isEmpty();
    }

    @Test
    void aPatternRe2CannotRunRefusesTheValueWithTheReason() {
        List<Violation> violations = phone("(a)\\1", "aa");
        assertThat(violations).extracting(Violation::rule).containsExactly("REGEX");
        assertThat(violations.get(0).reason()).contains("cannot be run");
    }

    @Test
    void aGoodRecordPasses() {
        assertThat(validator.validate(resource, record(Map.of()))).isEmpty();
    }

    @Test
    void eachRuleIsReportedWithItsField() {
        assertThat(rules(Map.of("idNumber", "110105194912310021"))).contains("idNumber:ID_NUMBER");
        assertThat(rules(Map.of("employer", "91350100M000100Y44"))).containsExactly("employer:CREDIT_CODE");
        assertThat(rules(Map.of("gender", "3"))).containsExactly("gender:CODE_TABLE");
        assertThat(rules(Map.of("phone", "12345"))).containsExactly("phone:REGEX");
        assertThat(rules(Map.of("name", "欧阳娜娜娜"))).containsExactly("name:LENGTH");
        assertThat(rules(Map.of("age", "76"))).containsExactly("age:TYPE");
        assertThat(rules(Map.of("age", 1000))).containsExactly("age:LENGTH");
        assertThat(rules(Map.of("height", "tall"))).containsExactly("height:TYPE");
        assertThat(rules(Map.of("birthDate", "31.12.1949"))).containsExactly("birthDate:TYPE");
        assertThat(rules(Map.of("updatedAt", "yesterday"))).containsExactly("updatedAt:TYPE");
        assertThat(rules(Map.of("verified", "yes"))).containsExactly("verified:TYPE");
        assertThat(rules(Map.of("nickname", "三儿"))).containsExactly("nickname:UNKNOWN_FIELD");
    }

    @Test
    void requiredFieldsMustBePresentAndNotNull() {
        Map<String, Object> missingName = new LinkedHashMap<>();
        missingName.put("name", null);
        assertThat(rules(missingName)).containsExactly("name:REQUIRED");
    }

    @Test
    void theRecordKeyMustBeItsKeyFields() {
        var record = new ExchangeRecord(
                "somebody-else", RecordOp.UPSERT, 1, record(Map.of()).data());
        assertThat(validator.validate(resource, record))
                .extracting(Violation::rule)
                .containsExactly("KEY_MISMATCH");
    }

    @Test
    void aDeleteCarriesOnlyItsKey() {
        var delete = new ExchangeRecord(ID, RecordOp.DELETE, 2, Map.of("idNumber", ID));
        assertThat(validator.validate(resource, delete)).isEmpty();
    }

    @Test
    void severalViolationsOfOneRecordAreAllReported() {
        assertThat(rules(Map.of("gender", "3", "phone", "1")))
                .containsExactlyInAnyOrder("gender:CODE_TABLE", "phone:REGEX");
    }

    @Test
    void nonFiniteHugeAndFarOutValuesAreViolationsNotFailures() {
        assertThat(rules(Map.of("height", new BigDecimal("1e400")))).containsExactly("height:RANGE");
        assertThat(rules(Map.of("height", Double.POSITIVE_INFINITY))).containsExactly("height:TYPE");
        assertThat(rules(Map.of("height", Double.NaN))).containsExactly("height:TYPE");
        assertThat(rules(Map.of("birthDate", "+999999999-12-31"))).containsExactly("birthDate:RANGE");
        assertThat(rules(Map.of("birthDate", "1899-12-31"))).containsExactly("birthDate:RANGE");
        assertThat(rules(Map.of("updatedAt", "+10000-01-01T00:00:00"))).containsExactly("updatedAt:RANGE");
    }
}
