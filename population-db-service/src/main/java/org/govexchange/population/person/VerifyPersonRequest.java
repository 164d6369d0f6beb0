package org.govexchange.population.person;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** 身份核验: does this ID number belong to a person of this name (and birth date)? */
public record VerifyPersonRequest(
        @Schema(
                        description = "公民身份号码 Resident ID number (GB 11643).",
                        pattern = "^[0-9]{17}[0-9Xx]$",
                        example = "11010519491231002X")
                @NotBlank
                @Size(max = 32)
                String idNumber,
        @Schema(description = "姓名 The name to compare.", example = "张三") @NotBlank @Size(max = 64) String name,
        @Schema(
                        description = "出生日期 Date of birth to compare (optional), 1900-9999.",
                        format = "date",
                        example = "1949-12-31")
                LocalDate birthDate) {}
