package org.govexchange.exchange.audit;

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

    @GetMapping("/events")
    AuditPage events(@Valid @ParameterObject AuditQuery query, CurrentCaller caller) {
        return queries.search(query, AuditScope.of(caller));
    }

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

    @GetMapping("/stats")
    List<AuditStat> stats(@Valid @ParameterObject AuditStatsQuery query, CurrentCaller caller) {
        return queries.stats(query, AuditScope.of(caller));
    }

    /** Verifies sequences from..to (inclusive; default the whole chain). */
    @PostMapping("/verification")
    @PreAuthorize("hasRole('AUDITOR')")
    VerificationReport verify(
            @RequestParam(required = false) @Min(1) Long from, @RequestParam(required = false) @Min(1) Long to) {
        return verifier.verify(from, to);
    }
}
