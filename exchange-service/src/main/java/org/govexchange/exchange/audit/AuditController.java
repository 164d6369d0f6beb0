package org.govexchange.exchange.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.govexchange.starter.security.CurrentCaller;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The auditor's API. Reading needs AUDITOR (everything) or DEPT_ADMIN (its own department's events). */
@Tag(
        name = "audit",
        description =
                "审计 The tamper-evident audit trail of every data access and exchange: search, export, statistics and hash-chain verification.")
@RestController
@RequestMapping("/api/exchange/audit")
@PreAuthorize("hasAnyRole('AUDITOR', 'DEPT_ADMIN')")
class AuditController {

    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final AuditQueryService queries;
    private final AuditVerifier verifier;

    AuditController(AuditQueryService queries, AuditVerifier verifier) {
        this.queries = queries;
        this.verifier = verifier;
    }

    @Operation(
            summary = "Search audit events",
            description =
                    "Audit events matching the filters, newest first, one page at a time. Auditors see all; a department administrator sees events of their own department.")
    @GetMapping("/events")
    AuditPage events(@Valid @ParameterObject AuditQuery query, CurrentCaller caller) {
        return queries.search(query, AuditScope.of(caller));
    }

    @Operation(
            summary = "Export audit events as CSV",
            description = "The same events as the search, as a CSV file (UTF-8), streamed.")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(
            responseCode = "200",
            description = "The events as CSV, one per line after a header line.",
            content =
                    @io.swagger.v3.oas.annotations.media.Content(
                            mediaType = "text/csv",
                            schema = @Schema(type = "string")))
    @GetMapping("/events.csv")
    ResponseEntity<StreamingResponseBody> csv(@Valid @ParameterObject AuditQuery query, CurrentCaller caller) {
        AuditScope scope = AuditScope.of(caller);
        StreamingResponseBody body = out -> queries.writeCsv(query, scope, out);
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("audit-events.csv")
                                .build()
                                .toString())
                .body(body);
    }

    @Operation(
            summary = "Count audit events",
            description = "Event counts grouped by actorDept, providerDept, resource or day, within the filters.")
    @GetMapping("/stats")
    List<AuditStat> stats(@Valid @ParameterObject AuditStatsQuery query, CurrentCaller caller) {
        return queries.stats(query, AuditScope.of(caller));
    }

    /** Verifies sequences from..to (inclusive; default the whole chain). */
    @Operation(
            summary = "Verify the audit chain",
            description =
                    "Recomputes the hash chain over sequences from..to (inclusive; default the whole chain) and reports the first broken link, if any. Auditors only.")
    @PostMapping("/verification")
    @PreAuthorize("hasRole('AUDITOR')")
    VerificationReport verify(
            @Parameter(description = "First sequence number, from 1.", example = "1")
                    @RequestParam(required = false)
                    @Min(1)
                    Long from,
            @Parameter(description = "Last sequence number (inclusive).", example = "1000")
                    @RequestParam(required = false)
                    @Min(1)
                    Long to) {
        return verifier.verify(from, to);
    }
}
