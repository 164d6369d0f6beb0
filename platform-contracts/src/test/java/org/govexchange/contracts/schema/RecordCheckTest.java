package org.govexchange.contracts.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One check of a record against a schema: every type, every rule kind, and what a hostile value does. */
class RecordCheckTest {

    private static final List<FieldSpec> FIELDS = List.of(
            new FieldSpec(
                    "id",
                    "标识",
                    FieldType.STRING,
                    18,
                    null,
                    true,
                    null,
                    null,
                    FieldValidation.of(ValidationKind.ID_NUMBER)),
            FieldSpec.of("name", "名称", FieldType.STRING, 4, true, null),
            FieldSpec.of("capital", "注册资本", FieldType.DECIMAL, null, false, null),
            FieldSpec.of("staff", "人数", FieldType.INTEGER, null, false, null),
            FieldSpec.of("since", "成立日期", FieldType.DATE, null, false, null),
            FieldSpec.of("at", "时间", FieldType.DATETIME, null, false, null),
            FieldSpec.of("open", "营业中", FieldType.BOOLEAN, null, false, null),
            FieldSpec.of("kind", "类型", FieldType.STRING, null, false, FieldValidation.codeTable(List.of("A", "B"))),
            FieldSpec.of(
                    "credit", "信用代码", FieldType.STRING, null, false, FieldValidation.of(ValidationKind.CREDIT_CODE)),
            FieldSpec.of("phone", "电话", FieldType.STRING, null, false, FieldValidation.regex("1[0-9]{10}")));

    private static Map<String, Object> valid() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("phone", "13812345678");
        record.put("id", "11010519491231002x");
        record.put("name", "福州茶行");
        record.put("capital", 12.50);
        record.put("staff", 12);
        record.put("since", "2020-02-29");
        record.put("at", "2026-01-05T10:00:00+08:00");
        record.put("open", true);
        record.put("kind", "A");
        record.put("credit", "91350100M000100Y43");
        return record;
    }

    private static List<String> rules(Map<String, Object> record) {
        return RecordCheck.check(FIELDS, record).violations().stream()
                .map(FieldViolation::rule)
                .toList();
    }

    private static List<String> rulesWith(String field, Object value) {
        Map<String, Object> record = valid();
        record.put(field, value);
        return rules(record);
    }

    @Test
    void aValidRecordPassesAndComesBackInSchemaOrderAndOneForm() {
        RecordCheck.Result result = RecordCheck.check(FIELDS, valid());
        assertThat(result.violations()).isEmpty();
        assertThat(result.valid()).isTrue();
        assertThat(result.values().keySet())
                .containsExactly("id", "name", "capital", "staff", "since", "at", "open", "kind", "credit", "phone");
        assertThat(result.values().get("id")).isEqualTo("11010519491231002X");
        assertThat(result.values().get("capital")).isEqualTo("12.5");
        assertThat(result.values().get("staff")).isEqualTo(12L);
        assertThat(result.values().get("open")).isEqualTo(true);
    }

    @Test
    void eachTypeRefusesAValueOfAnotherType() {
        assertThat(rulesWith("name", 5)).containsExactly("TYPE");
        assertThat(rulesWith("staff", 1.5)).containsExactly("TYPE");
        assertThat(rulesWith("staff", "12")).containsExactly("TYPE");
        assertThat(rulesWith("capital", "a lot")).containsExactly("TYPE");
        assertThat(rulesWith("capital", true)).containsExactly("TYPE");
        assertThat(rulesWith("since", "2021-02-29")).containsExactly("TYPE");
        assertThat(rulesWith("since", 20200229)).containsExactly("TYPE");
        assertThat(rulesWith("at", "yesterday")).containsExactly("TYPE");
        assertThat(rulesWith("open", "yes")).containsExactly("TYPE");
        assertThat(rulesWith("name", Map.of("nested", "x"))).containsExactly("TYPE");
    }

    @Test
    void eachTypeTakesItsForms() {
        assertThat(rulesWith("staff", Long.valueOf(7))).isEmpty();
        assertThat(rulesWith("staff", BigInteger.TEN)).isEmpty();
        assertThat(rulesWith("capital", new BigDecimal("1.50"))).isEmpty();
        assertThat(rulesWith("capital", "1.5e3")).isEmpty();
        assertThat(rulesWith("at", "2026-01-05T10:00:00")).isEmpty();
        Map<String, Object> record = valid();
        record.put("capital", "1.5e3");
        assertThat(RecordCheck.check(FIELDS, record).values().get("capital")).isEqualTo("1500");
    }

    @Test
    void eachRuleKindRefusesWhatBreaksIt() {
        assertThat(rulesWith("kind", "C")).containsExactly("CODE_TABLE");
        assertThat(rulesWith("id", "110105194912310021")).containsExactly("ID_NUMBER");
        assertThat(rulesWith("credit", "91350100M000100Y44")).containsExactly("CREDIT_CODE");
        assertThat(rulesWith("phone", "2381234567")).containsExactly("REGEX");
        // The whole value matches, not a part of it.
        assertThat(rulesWith("phone", "x13812345678")).containsExactly("REGEX");
    }

    @Test
    void aPatternRe2CannotRunRefusesTheValueAndACatastrophicOneRunsInLinearTime() {
        List<FieldSpec> backReference =
                List.of(FieldSpec.of("v", "v", FieldType.STRING, null, false, FieldValidation.regex("(a)\\1")));
        List<FieldViolation> violations =
                RecordCheck.check(backReference, Map.of("v", "aa")).violations();
        assertThat(violations).extracting(FieldViolation::rule).containsExactly("REGEX");
        assertThat(violations.get(0).message()).contains("cannot be run");

        List<FieldSpec> catastrophic =
                List.of(FieldSpec.of("v", "v", FieldType.STRING, null, false, FieldValidation.regex("(a+)+$")));
        long started = System.nanoTime();
        assertThat(RecordCheck.check(catastrophic, Map.of("v", "a".repeat(5_000) + "!"))
                        .violations())
                .extracting(FieldViolation::rule)
                .containsExactly("REGEX");
        assertThat(System.nanoTime() - started).isLessThan(2_000_000_000L);
    }

    @Test
    void requiredAndKeyFieldsMustBePresentAndNullIsAbsent() {
        Map<String, Object> record = valid();
        record.remove("id");
        record.put("name", null);
        assertThat(RecordCheck.check(FIELDS, record).violations())
                .extracting(FieldViolation::field, FieldViolation::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("id", "REQUIRED"),
                        org.assertj.core.groups.Tuple.tuple("name", "REQUIRED"));
        assertThat(RecordCheck.check(FIELDS, null).violations())
                .extracting(FieldViolation::rule)
                .containsExactly("REQUIRED", "REQUIRED");
        // An optional field may be null.
        assertThat(rulesWith("capital", null)).isEmpty();
        assertThat(FIELDS.get(0).isRequired()).isTrue();
    }

    @Test
    void checkingKeysLooksOnlyAtKeyFieldsButStillRefusesUnknownOnes() {
        Map<String, Object> delete = new HashMap<>();
        delete.put("id", "11010519491231002X");
        assertThat(RecordCheck.checkKeys(FIELDS, delete).violations()).isEmpty();
        delete.put("ghost", 1);
        assertThat(RecordCheck.checkKeys(FIELDS, delete).violations())
                .extracting(FieldViolation::rule)
                .containsExactly("UNKNOWN_FIELD");
        assertThat(RecordCheck.checkKeys(FIELDS, Map.of()).violations())
                .extracting(FieldViolation::field)
                .containsExactly("id");
    }

    @Test
    void lengthsCountCharactersNotBytesOrUnits() {
        assertThat(rulesWith("name", "福州茶行")).isEmpty();
        assertThat(rulesWith("name", "𠀀𠀀𠀀𠀀")).isEmpty();
        assertThat(rulesWith("name", "福州茶行店")).containsExactly("LENGTH");
    }

    @Test
    void nonFiniteHugeAndFarOutValuesAreViolationsNotFailures() {
        assertThat(rulesWith("capital", Double.NaN)).containsExactly("TYPE");
        assertThat(rulesWith("capital", Double.POSITIVE_INFINITY)).containsExactly("TYPE");
        assertThat(rulesWith("capital", Double.NEGATIVE_INFINITY)).containsExactly("TYPE");
        assertThat(rulesWith("capital", new BigDecimal("1e400"))).containsExactly("RANGE");
        assertThat(rulesWith("capital", "1e999999999")).containsExactly("RANGE");
        assertThat(rulesWith("capital", "1e-999999999")).containsExactly("RANGE");
        assertThat(rulesWith("staff", 1L << 54)).containsExactly("RANGE");
        assertThat(rulesWith("staff", BigInteger.TEN.pow(400))).containsExactly("RANGE");
        assertThat(rulesWith("staff", RecordCheck.MAX_SAFE_INTEGER)).isEmpty();
    }

    @Test
    void datesLieInTheYears1900To9999() {
        assertThat(rulesWith("since", "1900-01-01")).isEmpty();
        assertThat(rulesWith("since", "9999-12-31")).isEmpty();
        assertThat(rulesWith("since", "1899-12-31")).containsExactly("RANGE");
        assertThat(rulesWith("since", "+10000-01-01")).containsExactly("RANGE");
        assertThat(rulesWith("since", "+999999999-12-31")).containsExactly("RANGE");
        assertThat(rulesWith("at", "+999999999-12-31T00:00:00Z")).containsExactly("RANGE");
        assertThat(rulesWith("at", "1899-12-31T23:59:59")).containsExactly("RANGE");
    }

    @Test
    void everyViolationIsListedInSchemaOrderThenTheUnknownFields() {
        Map<String, Object> record = valid();
        record.put("ghost", 1);
        record.put("name", "福州茶行有限公司");
        record.put("kind", "C");
        record.put("open", "yes");
        assertThat(RecordCheck.check(FIELDS, record).violations())
                .extracting(FieldViolation::field)
                .containsExactly("name", "open", "kind", "ghost");
    }
}
