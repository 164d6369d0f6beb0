package org.govexchange.legalentity.entity;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Does this credit code belong to an entity of this name (and legal representative)? */
public record VerifyEntityRequest(
        @Schema(
                        description = "统一社会信用代码 Unified social credit code (GB 32100).",
                        pattern = "^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$",
                        example = "11100000000013338W")
                @NotBlank
                @Size(max = 32)
                String creditCode,
        @Schema(description = "名称 The name to compare.", example = "北京示例科技有限公司") @NotBlank @Size(max = 256) String name,
        @Schema(description = "法定代表人 The legal representative to compare (optional).", example = "王五") @Size(max = 64)
                String legalRepresentative) {}
