package org.govexchange.catalog.demo;

import java.util.List;
import java.util.Set;
import org.govexchange.catalog.department.DepartmentLevel;
import org.govexchange.catalog.resource.OpenType;
import org.govexchange.catalog.resource.ResourceCategory;
import org.govexchange.catalog.resource.ResourceFormat;
import org.govexchange.catalog.resource.ResourceRequest;
import org.govexchange.catalog.resource.ShareMethod;
import org.govexchange.catalog.resource.UpdateCycle;
import org.govexchange.contracts.grant.Masking;
import org.govexchange.contracts.grant.ShareType;
import org.govexchange.contracts.schema.FieldSpec;
import org.govexchange.contracts.schema.FieldType;
import org.govexchange.contracts.schema.FieldValidation;
import org.govexchange.contracts.schema.Sensitivity;
import org.govexchange.contracts.schema.ValidationKind;

/**
 * The demo city (福州, region 350100): three departments and the resources they provide. The credit codes
 * were composed with {@code CreditCodes.compose("11350100", body)} (authority 1 = 机构编制, type 1 = 机关).
 */
final class DemoCatalog {

    record DemoDepartment(String key, String code, String name, DepartmentLevel level, String contact) {}

    static final DemoDepartment PSB =
            new DemoDepartment("psb", "11350100003501011L", "市公安局", DepartmentLevel.CITY, "人口信息科 0591-87000110");
    static final DemoDepartment AMR =
            new DemoDepartment("amr", "1135010000350102XC", "市市场监督管理局", DepartmentLevel.CITY, "信息中心 0591-87000315");
    static final DemoDepartment HRSS =
            new DemoDepartment("hrss", "11350100003501038C", "市人力资源和社会保障局", DepartmentLevel.CITY, "信息中心 0591-87012333");

    static final List<DemoDepartment> DEPARTMENTS = List.of(PSB, AMR, HRSS);

    static final String POPULATION_PATH = "/api/population/persons";
    static final String LEGAL_ENTITY_PATH = "/api/legal-entities/entities";
    static final String CERTIFICATE_PATH = "/api/certificates/certificates";

    /** The population fields hrss's API grant covers; phone is deliberately left out. */
    static final List<String> HRSS_POPULATION_FIELDS =
            List.of("idNumber", "name", "gender", "birthDate", "residenceAddress");

    /** Everything granted except name, which stays masked (张*). */
    static final List<String> HRSS_POPULATION_PLAIN_FIELDS =
            List.of("idNumber", "gender", "birthDate", "residenceAddress");

    /** The legal-entity fields hrss's API grant covers: enough to check an employer. */
    static final List<String> HRSS_LEGAL_ENTITY_FIELDS =
            List.of("creditCode", "name", "type", "legalRepresentative", "establishedOn", "address", "status");

    private DemoCatalog() {}

    static ResourceRequest population() {
        return new ResourceRequest(
                "101001",
                "居民基本信息",
                PSB.code(),
                ResourceCategory.BASIC,
                "全市户籍及常住人口的身份、户籍地址与状态信息（人口库）。",
                ResourceFormat.TABLE,
                List.of(
                        idNumber("idNumber", "公民身份号码", true),
                        field("name", "姓名", FieldType.STRING, 64, false, Sensitivity.L2, Masking.NAME, null),
                        text("gender", "性别", 1, Sensitivity.L1, Masking.NONE, oneOf("0", "1", "2", "9")),
                        field("birthDate", "出生日期", FieldType.DATE, null, false, Sensitivity.L2, Masking.NONE, null),
                        text("ethnicity", "民族", 2, Sensitivity.L2, Masking.NONE, matching("[0-9]{2}")),
                        field("nativePlace", "籍贯", FieldType.STRING, 128, false, Sensitivity.L2, Masking.NONE, null),
                        text("householdAddress", "户籍地址", 256, Sensitivity.L3, Masking.ADDRESS, null),
                        text("residenceAddress", "居住地址", 256, Sensitivity.L3, Masking.ADDRESS, null),
                        text("phone", "联系电话", 32, Sensitivity.L3, Masking.PHONE, matching("1[0-9]{10}")),
                        text("householdType", "户口类别", 16, Sensitivity.L1, Masking.NONE, oneOf("FAMILY", "COLLECTIVE")),
                        text(
                                "status",
                                "人员状态",
                                16,
                                Sensitivity.L1,
                                Masking.NONE,
                                oneOf("ALIVE", "DECEASED", "EMIGRATED", "CANCELLED"))),
                ShareType.CONDITIONAL,
                "办理政务服务事项时按需核验，须说明用途并附办件编号。",
                "《中华人民共和国居民身份证法》；《政务信息资源共享管理暂行办法》（国发〔2016〕51号）",
                Set.of(ShareMethod.API, ShareMethod.SUBSCRIPTION),
                OpenType.NOT_OPEN,
                UpdateCycle.REALTIME,
                null,
                List.of(),
                POPULATION_PATH);
    }

    static ResourceRequest legalEntity() {
        return new ResourceRequest(
                "102001",
                "法人基本信息",
                AMR.code(),
                ResourceCategory.BASIC,
                "全市企业、个体工商户等市场主体的登记信息（法人库）。",
                ResourceFormat.TABLE,
                List.of(
                        creditCode("creditCode", "统一社会信用代码", true, Sensitivity.L1),
                        field("name", "名称", FieldType.STRING, 256, false, Sensitivity.L1, Masking.NONE, null),
                        text(
                                "type",
                                "市场主体类型",
                                32,
                                Sensitivity.L1,
                                Masking.NONE,
                                oneOf(
                                        "ENTERPRISE",
                                        "INDIVIDUAL_BUSINESS",
                                        "SOCIAL_ORGANISATION",
                                        "PUBLIC_INSTITUTION",
                                        "GOVERNMENT_AGENCY")),
                        text("legalRepresentative", "法定代表人", 64, Sensitivity.L2, Masking.NAME, null),
                        idNumber("legalRepresentativeIdNumber", "法定代表人身份证件号码", false),
                        field(
                                "registeredCapital",
                                "注册资本",
                                FieldType.DECIMAL,
                                20,
                                false,
                                Sensitivity.L1,
                                Masking.NONE,
                                null),
                        text("currency", "注册资本币种", 3, Sensitivity.L1, Masking.NONE, matching("[A-Z]{3}")),
                        field("establishedOn", "成立日期", FieldType.DATE, null, false, Sensitivity.L1, Masking.NONE, null),
                        text(
                                "status",
                                "登记状态",
                                16,
                                Sensitivity.L1,
                                Masking.NONE,
                                oneOf("OPERATING", "REVOKED", "CANCELLED", "MOVED_OUT")),
                        text("businessScope", "经营范围", 4000, Sensitivity.L1, Masking.NONE, null),
                        field("address", "住所", FieldType.STRING, 256, false, Sensitivity.L1, Masking.NONE, null),
                        text("registrationAuthority", "登记机关", 128, Sensitivity.L1, Masking.NONE, null),
                        text(
                                "industryCode",
                                "行业代码（GB/T 4754）",
                                5,
                                Sensitivity.L1,
                                Masking.NONE,
                                matching("[A-T][0-9]{0,4}"))),
                ShareType.UNCONDITIONAL,
                null,
                null,
                Set.of(ShareMethod.API, ShareMethod.SUBSCRIPTION),
                OpenType.OPEN,
                UpdateCycle.DAILY,
                null,
                List.of(),
                LEGAL_ENTITY_PATH);
    }

    static ResourceRequest certificates() {
        return new ResourceRequest(
                "201001",
                "电子营业执照",
                AMR.code(),
                ResourceCategory.THEME,
                "市场主体电子营业执照的证照信息（电子证照库），用证须经持证主体授权。",
                ResourceFormat.API,
                List.of(
                        field("certificateId", "证照标识", FieldType.STRING, 64, true, Sensitivity.L1, Masking.NONE, null),
                        field("typeCode", "证照类型代码", FieldType.STRING, 32, false, Sensitivity.L1, Masking.NONE, null),
                        field("holderName", "持证主体名称", FieldType.STRING, 256, false, Sensitivity.L1, Masking.NONE, null),
                        creditCode("holderIdentifier", "持证主体代码", false, Sensitivity.L2),
                        field("issueDate", "发证日期", FieldType.DATE, null, false, Sensitivity.L1, Masking.NONE, null),
                        field("expiryDate", "有效期至", FieldType.DATE, null, false, Sensitivity.L1, Masking.NONE, null),
                        text("status", "证照状态", 16, Sensitivity.L1, Masking.NONE, oneOf("VALID", "REVOKED", "EXPIRED"))),
                ShareType.CONDITIONAL,
                "经持证主体授权（用证授权）后，在办理政务服务事项时使用。",
                "《国务院关于在线政务服务的若干规定》（国务院令第716号）；国发〔2016〕51号",
                Set.of(ShareMethod.API),
                OpenType.NOT_OPEN,
                UpdateCycle.REALTIME,
                null,
                List.of(),
                CERTIFICATE_PATH);
    }

    private static FieldSpec field(
            String code,
            String name,
            FieldType type,
            Integer length,
            boolean key,
            Sensitivity sensitivity,
            Masking masking,
            FieldValidation validation) {
        return new FieldSpec(code, name, type, length, key, key, sensitivity, masking, validation);
    }

    /** A resident identity number (18 characters, checked), sensitive and masked. */
    private static FieldSpec idNumber(String code, String name, boolean key) {
        var check = new FieldValidation(ValidationKind.ID_NUMBER, null, null);
        return field(code, name, FieldType.STRING, 18, key, Sensitivity.L3, Masking.ID_NUMBER, check);
    }

    /** A unified social credit code (18 characters, checked), unmasked. */
    private static FieldSpec creditCode(String code, String name, boolean key, Sensitivity sensitivity) {
        var check = new FieldValidation(ValidationKind.CREDIT_CODE, null, null);
        return field(code, name, FieldType.STRING, 18, key, sensitivity, Masking.NONE, check);
    }

    /** A text field, not a key; {@code validation} may be null. */
    private static FieldSpec text(
            String code,
            String name,
            int length,
            Sensitivity sensitivity,
            Masking masking,
            FieldValidation validation) {
        return field(code, name, FieldType.STRING, length, false, sensitivity, masking, validation);
    }

    private static FieldValidation oneOf(String... values) {
        return new FieldValidation(ValidationKind.CODE_TABLE, null, List.of(values));
    }

    private static FieldValidation matching(String regex) {
        return new FieldValidation(ValidationKind.REGEX, regex, null);
    }
}
