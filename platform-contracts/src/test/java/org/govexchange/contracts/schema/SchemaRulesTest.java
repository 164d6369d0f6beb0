package org.govexchange.contracts.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaRulesTest {

    private static List<String> rules(FieldSpec... fields) {
        return SchemaRules.check(List.of(fields)).stream()
                .map(FieldViolation::rule)
                .toList();
    }

    @Test
    void aWellFormedSchemaHasNoProblems() {
        assertThat(rules(
                        new FieldSpec(
                                "id",
                                "标识",
                                FieldType.STRING,
                                18,
                                true,
                                true,
                                Sensitivity.L3,
                                null,
                                FieldValidation.of(ValidationKind.ID_NUMBER)),
                        FieldSpec.of(
                                "kind", "类型", FieldType.STRING, null, false, FieldValidation.codeTable(List.of("A"))),
                        FieldSpec.of(
                                "phone", "电话", FieldType.STRING, null, false, FieldValidation.regex("1[0-9]{10}"))))
                .isEmpty();
    }

    @Test
    void theShapeOfEachFieldIsChecked() {
        assertThat(rules(FieldSpec.of("1x", "x", FieldType.STRING, null, false, null)))
                .containsExactly("FIELD_INVALID");
        assertThat(rules(FieldSpec.of(null, "x", FieldType.STRING, null, false, null)))
                .containsExactly("FIELD_INVALID");
        assertThat(rules(FieldSpec.of("a".repeat(65), "x", FieldType.STRING, null, false, null)))
                .containsExactly("FIELD_INVALID");
        assertThat(rules(FieldSpec.of("x", " ", FieldType.STRING, null, false, null)))
                .containsExactly("FIELD_INVALID");
        assertThat(rules(FieldSpec.of("x", "n".repeat(101), FieldType.STRING, null, false, null)))
                .containsExactly("FIELD_INVALID");
        assertThat(rules(FieldSpec.of("x", "x", null, null, false, null))).containsExactly("FIELD_INVALID");
        assertThat(rules(FieldSpec.of("x", "x", FieldType.STRING, 0, false, null)))
                .containsExactly("FIELD_INVALID");
        assertThat(rules(FieldSpec.of("x", "x", FieldType.STRING, null, false, new FieldValidation(null, null, null))))
                .containsExactly("FIELD_INVALID");
        assertThat(rules(FieldSpec.of("x", "x", FieldType.STRING, null, false, FieldValidation.regex("a".repeat(501)))))
                .containsExactly("FIELD_INVALID");
        assertThat(rules(FieldSpec.of(
                        "x",
                        "x",
                        FieldType.STRING,
                        null,
                        false,
                        FieldValidation.codeTable(Collections.nCopies(501, "A")))))
                .containsExactly("FIELD_INVALID");
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        assertThat(rules(FieldSpec.of("x", "x", FieldType.STRING, null, false, FieldValidation.codeTable(withNull))))
                .containsExactly("FIELD_INVALID");
    }

    @Test
    void codesAreUnique() {
        FieldSpec field = FieldSpec.of("x", "x", FieldType.STRING, null, false, null);
        assertThat(SchemaRules.check(List.of(field, field)))
                .extracting(FieldViolation::field, FieldViolation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("x", "DUPLICATE_CODE"));
    }

    @Test
    void eachRuleMustBeOneThatCanRun() {
        assertThat(rules(FieldSpec.of("x", "x", FieldType.STRING, null, false, FieldValidation.regex(" "))))
                .containsExactly("RULE_INVALID");
        assertThat(rules(FieldSpec.of("x", "x", FieldType.STRING, null, false, FieldValidation.regex("(a)\\1"))))
                .containsExactly("RULE_INVALID");
        assertThat(rules(FieldSpec.of("x", "x", FieldType.STRING, null, false, FieldValidation.regex("(?=a)a"))))
                .containsExactly("RULE_INVALID");
        assertThat(rules(FieldSpec.of("x", "x", FieldType.STRING, null, false, FieldValidation.codeTable(List.of()))))
                .containsExactly("RULE_INVALID");
        assertThat(rules(FieldSpec.of(
                        "x", "x", FieldType.INTEGER, null, false, FieldValidation.of(ValidationKind.ID_NUMBER))))
                .containsExactly("RULE_INVALID");
        assertThat(rules(FieldSpec.of(
                        "x", "x", FieldType.DATE, null, false, FieldValidation.of(ValidationKind.CREDIT_CODE))))
                .containsExactly("RULE_INVALID");
    }

    @Test
    void aFieldDefaultsAsTheCatalogAlwaysStoredIt() {
        FieldSpec key = new FieldSpec("k", "k", FieldType.STRING, null, false, true, null, null, null);
        assertThat(key.isRequired()).isTrue();
        assertThat(key.sensitivity()).isEqualTo(Sensitivity.L1);
        assertThat(key.masking()).isEqualTo(org.govexchange.contracts.grant.Masking.NONE);
        FieldSpec plain = new FieldSpec("p", "p", FieldType.STRING, null, null, null, null, null, null);
        assertThat(plain.isKey()).isFalse();
        assertThat(plain.isRequired()).isFalse();
    }

    @Test
    void aMalformedFieldIsA400AndTheOtherProblemsAreReturned() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SchemaRules.requireWellFormed(
                        List.of(FieldSpec.of("1x", "x", FieldType.STRING, null, false, null))))
                .isInstanceOfSatisfying(org.govexchange.contracts.problem.ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("VALIDATION_FAILED");
                });
        FieldSpec field = FieldSpec.of("x", "x", FieldType.STRING, null, false, null);
        assertThat(SchemaRules.requireWellFormed(List.of(field, field)))
                .extracting(FieldViolation::rule)
                .containsExactly("DUPLICATE_CODE");
    }
}
