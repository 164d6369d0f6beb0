package org.govexchange.population.person;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * The document's shape of a person as the data API returns it (the answer itself is the grant's projection, a
 * map): every property is optional, present only when the caller's grant covers it, and masked as the grant says.
 * The fields are the catalog's 居民基本信息 resource.
 */
@Schema(
        name = "Person",
        description = "A resident, projected to the caller's grant: a field outside the grant (or outside ?fields=) is"
                + " absent; a masked field is masked (e.g. 张*, 110105********002X).")
record GrantedPerson(
        @Schema(
                        description = "公民身份号码 Resident ID number (GB 11643), masked unless the grant says NONE.",
                        pattern = "^[0-9]{17}[0-9X]$|^[0-9]{6}\\*+[0-9X]{1,4}$",
                        example = "110105********002X")
                String idNumber,
        @Schema(description = "姓名 Name (masked NAME: the first character).", maxLength = 64, example = "张*")
                String name,
        @Schema(
                        description = "性别 Gender (GB/T 2261.1): 0 unknown, 1 male, 2 female, 9 unspecified.",
                        allowableValues = {"0", "1", "2", "9"},
                        example = "1")
                String gender,
        @Schema(description = "出生日期 Date of birth.", format = "date", example = "1949-12-31") LocalDate birthDate,
        @Schema(description = "民族 Ethnicity code (GB 3304).", pattern = "^[0-9]{2}$", example = "01") String ethnicity,
        @Schema(description = "籍贯 Native place.", maxLength = 128, example = "北京市") String nativePlace,
        @Schema(
                        description = "户籍地址 Household registration address (masked ADDRESS).",
                        maxLength = 256,
                        example = "北京市朝阳区****")
                String householdAddress,
        @Schema(description = "居住地址 Residence address (masked ADDRESS).", maxLength = 256, example = "北京市朝阳区****")
                String residenceAddress,
        @Schema(description = "联系电话 Mobile phone (masked PHONE).", maxLength = 32, example = "138****0000")
                String phone,
        @Schema(
                        description = "户口类别 Household type.",
                        allowableValues = {"FAMILY", "COLLECTIVE"},
                        example = "FAMILY")
                String householdType,
        @Schema(
                        description = "人员状态 Status.",
                        allowableValues = {"ALIVE", "DECEASED", "EMIGRATED", "CANCELLED"},
                        example = "ALIVE")
                String status) {}
