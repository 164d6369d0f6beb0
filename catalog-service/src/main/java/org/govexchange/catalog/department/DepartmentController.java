package org.govexchange.catalog.department;

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
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    RegisteredDepartment register(Caller caller, @Valid @RequestBody RegisterDepartmentRequest request) {
        return departments.register(caller, request);
    }

    @GetMapping
    List<DepartmentView> list() {
        return departments.list();
    }

    @GetMapping("/{code}")
    DepartmentView get(@PathVariable String code) {
        return departments.find(code);
    }

    @PatchMapping("/{code}")
    DepartmentView update(
            Caller caller, @PathVariable String code, @Valid @RequestBody UpdateDepartmentRequest request) {
        return departments.update(caller, code, request);
    }

    /**
     * Rotates the Kafka credential of the department's node (platform admin): the answer carries the new secret,
     * shown only this once; the old one stops authenticating.
     */
    @PostMapping("/{code}/kafka-credential")
    NodeCredential rotateKafkaCredential(Caller caller, @PathVariable String code) {
        return departments.rotateKafkaCredential(caller, code);
    }

    /** Registers a node signing key; earlier keys stay valid for the rotation overlap. */
    @PostMapping("/{code}/keys")
    @ResponseStatus(HttpStatus.CREATED)
    KeyView registerKey(Caller caller, @PathVariable String code, @Valid @RequestBody RegisterKeyRequest request) {
        return keys.register(caller, code, request);
    }

    @GetMapping("/{code}/keys")
    List<KeyView> keys(@PathVariable String code) {
        return keys.list(code);
    }
}
