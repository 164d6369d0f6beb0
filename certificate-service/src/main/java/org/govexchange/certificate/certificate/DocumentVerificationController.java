package org.govexchange.certificate.certificate;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DocumentVerificationController {

    private final CertificateAccess access;

    DocumentVerificationController(CertificateAccess access) {
        this.access = access;
    }

    @PostMapping("/api/certificates/verification")
    @Operation(
            summary = "Check a certificate document (as exported by GET .../{id}/document) against the published"
                    + " keys; a tampered document answers signatureValid=false (any authenticated caller)")
    VerificationResult verify(@Valid @RequestBody CertificateDocument document) {
        return access.verifyDocument(document);
    }
}
