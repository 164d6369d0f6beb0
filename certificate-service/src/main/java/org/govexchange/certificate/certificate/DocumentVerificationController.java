package org.govexchange.certificate.certificate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.govexchange.certificate.usage.UsageActor;
import org.govexchange.starter.security.CurrentCaller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Document verification for a department's system with its Bearer token. Such a caller brings no grant, so only
 * the holder's consent opens it; under a grant, use POST /api/certificates/certificates/verification.
 */
@Tag(
        name = "verification",
        description = "证照核验 Checking an exported certificate document under the holder's consent, without a grant.")
@RestController
class DocumentVerificationController {

    private final CertificateVerification verification;

    DocumentVerificationController(CertificateVerification verification) {
        this.verification = verification;
    }

    @PostMapping("/api/certificates/verification")
    @Operation(
            summary = "Verify a document under consent",
            description = "Check a certificate document (as exported by GET .../{id}/document) against the published"
                    + " keys and the stored status, under the holder's consent (consentId) for the caller's"
                    + " department; a tampered document answers signatureValid=false; rate-limited per department")
    VerificationResult verify(
            CurrentCaller caller,
            @Valid @RequestBody CertificateDocument document,
            @RequestParam(required = false) String consentId,
            @RequestHeader(name = "X-GX-Purpose", required = false) String purpose,
            @RequestHeader(name = "X-GX-Case-Id", required = false) String caseId,
            @RequestHeader(name = "X-Request-Id", required = false) String requestId) {
        UsageActor actor = new UsageActor(caller.departmentCode(), caller.clientId(), purpose, caseId, requestId);
        return verification.verifyDocument(actor, false, null, document, consentId);
    }
}
