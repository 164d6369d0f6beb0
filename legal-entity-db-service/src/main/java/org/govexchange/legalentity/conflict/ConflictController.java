package org.govexchange.legalentity.conflict;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.govexchange.basicdb.conflict.ConflictEndpoint;
import org.govexchange.basicdb.conflict.ConflictService;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The legal-entity register's conflicts API, {@code /api/legal-entities/conflicts} (see {@link ConflictEndpoint}). */
@Tag(
        name = "conflicts",
        description = "数据冲突 Where two sources disagreed on an entity's field and which value won (platform"
                + " administrators only).")
@RestController
@RequestMapping("/api/legal-entities")
class ConflictController extends ConflictEndpoint {

    ConflictController(ConflictService conflicts) {
        super(conflicts, "address");
    }
}
