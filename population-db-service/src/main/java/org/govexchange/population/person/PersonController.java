package org.govexchange.population.person;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import java.util.Map;
import org.govexchange.contracts.grant.GrantContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The population resource as the gateway serves it. Every call carries the gateway's internal token; its
 * grant decides which fields come back, how each is masked, and which fields a verification or batch may
 * compare.
 */
@RestController
@RequestMapping("/api/population/persons")
class PersonController {

    private final PersonService persons;

    PersonController(PersonService persons) {
        this.persons = persons;
    }

    @GetMapping("/{idNumber}")
    Map<String, Object> get(@PathVariable String idNumber, @Parameter(hidden = true) GrantContext grant) {
        return persons.find(idNumber, grant);
    }

    @PostMapping("/verify")
    VerifyResult verify(@Valid @RequestBody VerifyPersonRequest request, @Parameter(hidden = true) GrantContext grant) {
        return persons.verify(request, grant);
    }

    @PostMapping("/batch")
    PersonBatchResult batch(
            @Valid @RequestBody PersonBatchRequest request, @Parameter(hidden = true) GrantContext grant) {
        return persons.batch(request.idNumbers(), grant);
    }
}
