package org.govexchange.population.conflict;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.govexchange.basicdb.conflict.ConflictEndpoint;
import org.govexchange.basicdb.conflict.ConflictService;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The population register's conflicts API, {@code /api/population/conflicts} (see {@link ConflictEndpoint}). */
@Tag(
        name = "conflicts",
        description = "数据冲突 Where two sources disagreed on a resident's field and which value won (platform"
                + " administrators only).")
@RestController
@RequestMapping("/api/population")
class ConflictController extends ConflictEndpoint {

    ConflictController(ConflictService conflicts) {
        super(conflicts, "residenceAddress");
    }
}
