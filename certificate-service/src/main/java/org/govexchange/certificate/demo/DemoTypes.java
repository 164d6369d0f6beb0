package org.govexchange.certificate.demo;

import java.util.List;
import org.govexchange.certificate.matter.MaterialSpec;
import org.govexchange.certificate.matter.MatterRequest;
import org.govexchange.certificate.type.CertificateTypeRequest;
import org.govexchange.certificate.type.HolderKind;
import org.govexchange.contracts.schema.FieldSpec;
import org.govexchange.contracts.schema.FieldType;
import org.govexchange.contracts.schema.FieldValidation;
import org.govexchange.contracts.schema.ValidationKind;

/**
 * The demo certificate types and matter. Type codes are a defining authority's credit code + a sequence:
 * 营业执照 uses the example code; the others use codes composed with {@code CreditCodes.compose}.
 */
final class DemoTypes {

    static final String BUSINESS_LICENCE = "11100000000013338W011";
    static final String MARRIAGE_CERTIFICATE = "111000000000134346001";
    static final String HOUSEHOLD_REGISTER = "11100000000013100M002";

    /** 生育服务登记: needs the household register and the marriage certificate. */
    static final String BIRTH_REGISTRATION_MATTER = "FZ-SYDJ-0001";

    private DemoTypes() {}

    static CertificateTypeRequest businessLicence(String issuer) {
        return new CertificateTypeRequest(
                BUSINESS_LICENCE,
                "营业执照",
                HolderKind.ORGANISATION,
                List.of(
                        field("entityName", "名称", FieldType.STRING, 256, true, null),
                        codeTable("entityType", "类型", 32, "有限责任公司", "股份有限公司", "个体工商户", "个人独资企业"),
                        field("legalRepresentative", "法定代表人", FieldType.STRING, 64, true, null),
                        field("registeredCapital", "注册资本（万元）", FieldType.DECIMAL, null, false, null),
                        field("establishedDate", "成立日期", FieldType.DATE, null, true, null),
                        field("address", "住所", FieldType.STRING, 256, true, null),
                        field("businessScope", "经营范围", FieldType.STRING, 2000, false, null)),
                null,
                List.of(issuer));
    }

    static CertificateTypeRequest marriageCertificate(String issuer) {
        return new CertificateTypeRequest(
                MARRIAGE_CERTIFICATE,
                "结婚证",
                HolderKind.PERSON,
                List.of(
                        field("spouseName", "配偶姓名", FieldType.STRING, 64, true, null),
                        checked("spouseIdNumber", "配偶身份证件号", 18, ValidationKind.ID_NUMBER, null),
                        field("registrationDate", "登记日期", FieldType.DATE, null, true, null),
                        field("registrationNumber", "结婚证字号", FieldType.STRING, 32, true, null)),
                null,
                List.of(issuer));
    }

    static CertificateTypeRequest householdRegister(String issuer) {
        return new CertificateTypeRequest(
                HOUSEHOLD_REGISTER,
                "居民户口簿",
                HolderKind.PERSON,
                List.of(
                        checked("householdNumber", "户号", 9, ValidationKind.REGEX, "[0-9]{9}"),
                        codeTable("householdType", "户别", 8, "家庭户", "集体户"),
                        field("relationship", "与户主关系", FieldType.STRING, 16, true, null),
                        field("address", "住址", FieldType.STRING, 256, true, null)),
                null,
                List.of(issuer));
    }

    static MatterRequest birthRegistration() {
        return new MatterRequest(
                BIRTH_REGISTRATION_MATTER,
                "生育服务登记",
                List.of(
                        new MaterialSpec(HOUSEHOLD_REGISTER, "夫妻双方户口簿"),
                        new MaterialSpec(MARRIAGE_CERTIFICATE, "结婚证")));
    }

    private static FieldSpec field(
            String code, String name, FieldType type, Integer length, boolean required, FieldValidation validation) {
        return FieldSpec.of(code, name, type, length, required, validation);
    }

    /** A required text field checked by {@code kind} (a REGEX with {@code pattern}). */
    private static FieldSpec checked(String code, String name, int length, ValidationKind kind, String pattern) {
        return field(code, name, FieldType.STRING, length, true, new FieldValidation(kind, pattern, null));
    }

    /** A required text field whose value is one of {@code values}. */
    private static FieldSpec codeTable(String code, String name, int length, String... values) {
        var oneOf = new FieldValidation(ValidationKind.CODE_TABLE, null, List.of(values));
        return field(code, name, FieldType.STRING, length, true, oneOf);
    }
}
