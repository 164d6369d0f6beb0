package org.govexchange.certificate.certificate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.govexchange.certificate.usage.UsageActor;
import org.govexchange.contracts.grant.GrantContext;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The certificate resource, reached only through the gateway: every request carries the gateway's internal
 * token, whose consumer department is the reader or, for writes, the issuing department.
 */
@Tag(
        name = "certificates",
        description =
                "电子证照 Certificates: issuing and status changes by the issuing department; reads, documents, files and verification under a grant on the certificate resource or the holder's consent.")
@RestController
@RequestMapping("/api/certificates/certificates")
class CertificateController {

    private final CertificateService issuing;
    private final CertificateAccess access;
    private final CertificateVerification verification;

    CertificateController(CertificateService issuing, CertificateAccess access, CertificateVerification verification) {
        this.issuing = issuing;
        this.access = access;
        this.verification = verification;
    }

    @PostMapping
    @Operation(
            summary = "Issue a certificate",
            description = "Issue a certificate (the caller's department must be an authorised issuer of the type)")
    ResponseEntity<CertificateView> issue(
            @Parameter(hidden = true) GrantContext grant, @Valid @RequestBody IssueCertificateRequest request) {
        CertificateView issued = issuing.issue(UsageActor.of(grant), request);
        return ResponseEntity.created(URI.create("/api/certificates/certificates/" + issued.id()))
                .body(issued);
    }

    @GetMapping
    @Operation(
            summary = "List a holder's certificates",
            description = "A holder's certificates covered by the holder's consent for the caller (one use)")
    CertificateList list(
            @Parameter(hidden = true) GrantContext grant,
            @RequestParam String holderId,
            @RequestParam(required = false) String consentId) {
        return access.list(grant, holderId, consentId);
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "Get a certificate record",
            description = "One certificate as a record of the catalog resource (certificateId, typeCode, holderName,"
                    + " holderIdentifier, issueDate, expiryDate, status), cut to the granted fields and ?fields=,"
                    + " masked as granted: under a consent (consentId), or the issuing department's own")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(
            responseCode = "200",
            description = "The certificate, as granted.",
            content =
                    @io.swagger.v3.oas.annotations.media.Content(
                            mediaType = "application/json",
                            schema =
                                    @io.swagger.v3.oas.annotations.media.Schema(
                                            implementation = GrantedCertificate.class)))
    Map<String, Object> get(
            @Parameter(hidden = true) GrantContext grant,
            @PathVariable String id,
            @RequestParam(required = false) String consentId) {
        return access.get(grant, id, consentId);
    }

    @GetMapping("/{id}/document")
    @Operation(
            summary = "Get the signed certificate document",
            description = "The signed certificate document, verifiable offline against GET /api/certificates/keys (the"
                    + " grant must cover every field unmasked)")
    CertificateDocument document(
            @Parameter(hidden = true) GrantContext grant,
            @PathVariable String id,
            @RequestParam(required = false) String consentId) {
        return access.document(grant, id, consentId);
    }

    @GetMapping("/{id}/attachment")
    @Operation(summary = "Download the certificate's file", description = "The certificate's PDF/OFD file")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(
            responseCode = "200",
            description = "The file, with its SHA-256 in X-GX-Content-SHA256.",
            content = {
                @io.swagger.v3.oas.annotations.media.Content(
                        mediaType = "application/pdf",
                        schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")),
                @io.swagger.v3.oas.annotations.media.Content(
                        mediaType = "application/ofd",
                        schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary"))
            })
    ResponseEntity<byte[]> attachment(
            @Parameter(hidden = true) GrantContext grant,
            @PathVariable String id,
            @RequestParam(required = false) String consentId) {
        AttachmentFile file = access.attachment(grant, id, consentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-GX-Content-SHA256", file.sha256())
                .body(file.content());
    }

    @GetMapping("/{id}/verification")
    @Operation(
            summary = "Verify a certificate by id",
            description =
                    "Signature and current status (VALID, REVOKED, EXPIRED, SUSPENDED, NOT_YET_VALID); needs a grant"
                            + " covering certificateId, status and expiryDate unmasked, or the holder's consent (consentId);"
                            + " rate-limited per department")
    VerificationResult verification(
            @Parameter(hidden = true) GrantContext grant,
            @PathVariable String id,
            @RequestParam(required = false) String consentId) {
        return verification.verify(grant, id, consentId);
    }

    @PostMapping("/verification")
    @Operation(
            summary = "Verify a certificate document",
            description = "Check a certificate document (as exported by GET .../{id}/document) against the published"
                    + " keys and the stored status; same grant-or-consent rule and limit as .../{id}/verification")
    VerificationResult verifyDocument(
            @Parameter(hidden = true) GrantContext grant,
            @Valid @RequestBody CertificateDocument document,
            @RequestParam(required = false) String consentId) {
        return verification.verifyDocument(grant, document, consentId);
    }

    @PostMapping("/{id}/revocation")
    @Operation(summary = "Revoke a certificate", description = "Revoke (issuing department only); final")
    CertificateView revoke(
            @Parameter(hidden = true) GrantContext grant,
            @PathVariable String id,
            @Valid @RequestBody StatusChangeRequest request) {
        return issuing.revoke(UsageActor.of(grant), id, request.reason());
    }

    @PostMapping("/{id}/suspension")
    @Operation(summary = "Suspend a certificate", description = "Suspend (issuing department only)")
    CertificateView suspend(
            @Parameter(hidden = true) GrantContext grant,
            @PathVariable String id,
            @Valid @RequestBody StatusChangeRequest request) {
        return issuing.suspend(UsageActor.of(grant), id, request.reason());
    }

    @PostMapping("/{id}/reinstatement")
    @Operation(
            summary = "Reinstate a suspended certificate",
            description = "Lift a suspension (issuing department only)")
    CertificateView reinstate(
            @Parameter(hidden = true) GrantContext grant,
            @PathVariable String id,
            @Valid @RequestBody StatusChangeRequest request) {
        return issuing.reinstate(UsageActor.of(grant), id, request.reason());
    }
}
