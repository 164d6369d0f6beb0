package org.govexchange.population.person;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(
        name = "persons",
        description = "人口基础信息 The resident register: lookup, identity verification and batch lookup, each under a"
                + " grant on the 居民基本信息 resource.")
@RestController
@RequestMapping("/api/population/persons")
class PersonController {

    private final PersonService persons;

    PersonController(PersonService persons) {
        this.persons = persons;
    }

    @Operation(
            summary = "Look up a resident by ID number",
            description =
                    "Returns the resident with this resident ID number, projected to the caller's grant (and"
                            + " ?fields=): fields outside the grant are absent, masked fields masked. A malformed number is 400"
                            + " (ID_NUMBER_FORMAT, ID_NUMBER_DATE, ID_NUMBER_CHECKSUM); an unregistered one 404 PERSON_NOT_FOUND.")
    @ApiResponse(
            responseCode = "200",
            description = "The resident, as granted.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = GrantedPerson.class)))
    @GetMapping(value = "/{idNumber}", produces = "application/json")
    Map<String, Object> get(
            @Parameter(
                            description = "公民身份号码 18-character resident ID number (GB 11643).",
                            schema = @Schema(pattern = "^[0-9]{17}[0-9Xx]$", example = "11010519491231002X"))
                    @PathVariable
                    String idNumber,
            @Parameter(hidden = true) GrantContext grant) {
        return persons.find(idNumber, grant);
    }

    @Operation(
            summary = "Verify an identity (身份核验)",
            description = "Does this ID number belong to a resident of this name (and birth date, if given)? The answer"
                    + " says which submitted fields did not match and never carries a stored value. The grant must cover"
                    + " the compared fields (403 FIELD_NOT_GRANTED).")
    @PostMapping("/verify")
    VerifyResult verify(@Valid @RequestBody VerifyPersonRequest request, @Parameter(hidden = true) GrantContext grant) {
        return persons.verify(request, grant);
    }

    @Operation(
            summary = "Look up to 100 residents",
            description = "Looks up to 100 ID numbers at once: the found residents projected to the grant, the valid"
                    + " but unregistered numbers, and the malformed ones with their reason code. A malformed number"
                    + " does not fail the request.")
    @PostMapping("/batch")
    PersonBatchResult batch(
            @Valid @RequestBody PersonBatchRequest request, @Parameter(hidden = true) GrantContext grant) {
        return persons.batch(request.idNumbers(), grant);
    }
}
