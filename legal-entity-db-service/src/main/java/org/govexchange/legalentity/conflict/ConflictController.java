package org.govexchange.legalentity.conflict;

import org.govexchange.basicdb.conflict.ConflictPage;
import org.govexchange.basicdb.conflict.ConflictService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Platform administrators review where sources disagree (the security configuration admits only them). */
@RestController
class ConflictController {

    private final ConflictService conflicts;

    ConflictController(ConflictService conflicts) {
        this.conflicts = conflicts;
    }

    @GetMapping("/api/legal-entities/conflicts")
    ConflictPage list(
            @RequestParam(required = false) String field,
            @RequestParam(defaultValue = "1") long page,
            @RequestParam(defaultValue = "20") long size) {
        return conflicts.page(field, page, size);
    }
}
