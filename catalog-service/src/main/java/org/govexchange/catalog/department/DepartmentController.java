package org.govexchange.catalog.department;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.govexchange.catalog.identity.Caller;
import org.govexchange.catalog.kafka.NodeCredential;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(
        name = "departments",
        description =
                "部门 The departments taking part: registration, suspension, Kafka credentials of their front nodes and their signing keys.")
@RestController
@RequestMapping("/api/catalog/departments")
class DepartmentController {

    private final DepartmentService departments;
    private final DepartmentKeyService keys;

    DepartmentController(DepartmentService departments, DepartmentKeyService keys) {
        this.departments = departments;
        this.keys = keys;
    }

    /**
     * Registers a department; the answer carries its DEPT_SYSTEM client secret and its node's Kafka credential,
     * shown only this once.
     */
    @Operation(
            summary = "Register a department",
            description =
                    "A platform administrator registers a department by its unified social credit code; answers the department and its front node's Kafka credential.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    RegisteredDepartment register(Caller caller, @Valid @RequestBody RegisterDepartmentRequest request) {
        return departments.register(caller, request);
    }

    @Operation(summary = "List departments", description = "Every registered department.")
    @GetMapping
    List<DepartmentView> list() {
        return departments.list();
    }

    @Operation(summary = "Get a department", description = "One department by its credit code.")
    @GetMapping("/{code}")
    DepartmentView get(@PathVariable String code) {
        return departments.find(code);
    }

    @Operation(
            summary = "Update a department",
            description = "Changes a department's name, parent or status (suspending it revokes its clients' tokens).")
    @PatchMapping("/{code}")
    DepartmentView update(
            Caller caller, @PathVariable String code, @Valid @RequestBody UpdateDepartmentRequest request) {
        return departments.update(caller, code, request);
    }

    /**
     * Rotates the Kafka credential of the department's node (platform admin): the answer carries the new secret,
     * shown only this once; the old one stops authenticating.
     */
    @Operation(
            summary = "Rotate a node's Kafka credential",
            description =
                    "Issues a new Kafka SCRAM credential for the department's front node; the old one stops working.")
    @PostMapping("/{code}/kafka-credential")
    NodeCredential rotateKafkaCredential(Caller caller, @PathVariable String code) {
        return departments.rotateKafkaCredential(caller, code);
    }

    /** Registers a node signing key; earlier keys stay valid for the rotation overlap. */
    @Operation(
            summary = "Register a department signing key",
            description = "Registers a public key the department's front node signs envelopes with.")
    @PostMapping("/{code}/keys")
    @ResponseStatus(HttpStatus.CREATED)
    KeyView registerKey(Caller caller, @PathVariable String code, @Valid @RequestBody RegisterKeyRequest request) {
        return keys.register(caller, code, request);
    }

    @Operation(summary = "List a department's keys", description = "The department's registered public signing keys.")
    @GetMapping("/{code}/keys")
    List<KeyView> keys(@PathVariable String code) {
        return keys.list(code);
    }
}
