package org.govexchange.legalentity.entity;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The document's shape of a legal entity as the data API returns it (the answer itself is the grant's projection,
 * a map): every property is optional, present only when the caller's grant covers it, masked as the grant says.
 * The fields are the catalog's 法人基本信息 resource.
 */
@Schema(
        name = "LegalEntity",
        description = "A legal entity, projected to the caller's grant: a field outside the grant (or outside ?fields=)"
                + " is absent; a masked field is masked.")
record GrantedEntity(
        @Schema(
                        description = "统一社会信用代码 Unified social credit code (GB 32100).",
                        pattern = "^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$",
                        example = "11100000000013338W")
                String creditCode,
        @Schema(description = "名称 Registered name.", maxLength = 256, example = "北京示例科技有限公司") String name,
        @Schema(
                        description = "市场主体类型 Entity type.",
                        example = "ENTERPRISE",
                        allowableValues = {
                            "ENTERPRISE",
                            "INDIVIDUAL_BUSINESS",
                            "SOCIAL_ORGANISATION",
                            "PUBLIC_INSTITUTION",
                            "GOVERNMENT_AGENCY"
                        })
                String type,
        @Schema(description = "法定代表人 Legal representative (masked NAME).", maxLength = 64, example = "王*")
                String legalRepresentative,
        @Schema(
                        description = "法定代表人身份证件号码 The representative's resident ID number (masked ID_NUMBER).",
                        example = "110105********002X")
                String legalRepresentativeIdNumber,
        @Schema(description = "注册资本 Registered capital.", format = "decimal", example = "1000000.00")
                BigDecimal registeredCapital,
        @Schema(description = "注册资本币种 Currency (ISO 4217).", pattern = "^[A-Z]{3}$", example = "CNY") String currency,
        @Schema(description = "成立日期 Date of establishment.", format = "date", example = "2015-06-01")
                LocalDate establishedOn,
        @Schema(description = "登记状态 Registration status.", implementation = EntityStatus.class, example = "OPERATING")
                String status,
        @Schema(description = "经营范围 Business scope.", maxLength = 4000, example = "技术开发、技术咨询") String businessScope,
        @Schema(description = "住所 Registered address.", maxLength = 256, example = "北京市海淀区中关村大街1号") String address,
        @Schema(description = "登记机关 Registration authority.", maxLength = 128, example = "北京市海淀区市场监督管理局")
                String registrationAuthority,
        @Schema(description = "行业代码 Industry code (GB/T 4754).", pattern = "^[A-T][0-9]{0,4}$", example = "I6511")
                String industryCode) {}
