package org.govexchange.certificate.type;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.govexchange.starter.security.CurrentCaller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/certificates/types")
class CertificateTypeController {

    private final CertificateTypeService types;

    CertificateTypeController(CertificateTypeService types) {
        this.types = types;
    }

    @PostMapping
    @Operation(summary = "Register a certificate type (PLATFORM_ADMIN)")
    ResponseEntity<CertificateTypeView> register(
            CurrentCaller caller, @Valid @RequestBody CertificateTypeRequest request) {
        CertificateTypeView created = types.register(caller.clientId(), request);
        return ResponseEntity.created(URI.create("/api/certificates/types/" + created.typeCode()))
                .body(created);
    }

    @GetMapping
    @Operation(summary = "All certificate types with their schemas and issuers (any authenticated caller)")
    List<CertificateTypeView> list() {
        return types.list();
    }

    @GetMapping("/{typeCode}")
    @Operation(summary = "One certificate type")
    CertificateTypeView get(@PathVariable String typeCode) {
        return types.get(typeCode);
    }

    @PutMapping("/{typeCode}/issuers")
    @Operation(summary = "Replace the departments that may issue the type (PLATFORM_ADMIN)")
    CertificateTypeView replaceIssuers(@PathVariable String typeCode, @Valid @RequestBody IssuersRequest request) {
        return types.replaceIssuers(typeCode, request);
    }
}
