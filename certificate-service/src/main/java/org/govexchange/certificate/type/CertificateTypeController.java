package org.govexchange.certificate.type;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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

@Tag(name = "types", description = "证照类型 Certificate types: their data schema and which departments may issue them.")
@RestController
@RequestMapping("/api/certificates/types")
class CertificateTypeController {

    private final CertificateTypeService types;

    CertificateTypeController(CertificateTypeService types) {
        this.types = types;
    }

    @PostMapping
    @Operation(summary = "Register a certificate type", description = "Register a certificate type (PLATFORM_ADMIN)")
    ResponseEntity<CertificateTypeView> register(
            CurrentCaller caller, @Valid @RequestBody CertificateTypeRequest request) {
        CertificateTypeView created = types.register(caller.clientId(), request);
        return ResponseEntity.created(URI.create("/api/certificates/types/" + created.typeCode()))
                .body(created);
    }

    @GetMapping
    @Operation(
            summary = "List certificate types",
            description = "All certificate types with their schemas and issuers (any authenticated caller)")
    List<CertificateTypeView> list() {
        return types.list();
    }

    @GetMapping("/{typeCode}")
    @Operation(summary = "Get a certificate type", description = "One certificate type")
    CertificateTypeView get(@PathVariable String typeCode) {
        return types.get(typeCode);
    }

    @PutMapping("/{typeCode}/issuers")
    @Operation(
            summary = "Replace a type's authorised issuers",
            description = "Replace the departments that may issue the type (PLATFORM_ADMIN)")
    CertificateTypeView replaceIssuers(@PathVariable String typeCode, @Valid @RequestBody IssuersRequest request) {
        return types.replaceIssuers(typeCode, request);
    }
}
