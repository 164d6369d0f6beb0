package org.govexchange.certificate.consent;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.govexchange.starter.security.CurrentCaller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Holder consents (用证授权), managed by the portal that authenticated the holder (role CONSENT_ISSUER). */
@Tag(
        name = "consents",
        description =
                "授权 A holder's consent for one department to use their certificates for one matter, with a number of uses.")
@RestController
@RequestMapping("/api/certificates/consents")
class ConsentController {

    private final ConsentService consents;

    ConsentController(ConsentService consents) {
        this.consents = consents;
    }

    @PostMapping
    @Operation(
            summary = "Record a holder's consent",
            description = "Record a holder's consent for one consumer department and matter")
    ResponseEntity<ConsentView> create(CurrentCaller caller, @Valid @RequestBody ConsentRequest request) {
        ConsentView created = consents.create(caller.clientId(), request);
        return ResponseEntity.created(URI.create("/api/certificates/consents/" + created.consentId()))
                .body(created);
    }

    @GetMapping
    @Operation(summary = "List a holder's consents", description = "A holder's consents, newest first")
    List<ConsentView> list(@RequestParam String holderId) {
        return consents.list(holderId);
    }

    @GetMapping("/{consentId}")
    @Operation(summary = "Get a consent", description = "One consent with its remaining uses")
    ConsentView get(@PathVariable String consentId) {
        return consents.get(consentId);
    }

    @DeleteMapping("/{consentId}")
    @Operation(summary = "Withdraw a consent", description = "Withdraw a consent; effective immediately")
    ResponseEntity<Void> withdraw(@PathVariable String consentId) {
        consents.withdraw(consentId);
        return ResponseEntity.noContent().build();
    }
}
