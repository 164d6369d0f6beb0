package org.govexchange.catalog.department;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.govexchange.catalog.identity.AccountService;
import org.govexchange.catalog.identity.Caller;
import org.govexchange.catalog.identity.IssuedCredentials;
import org.govexchange.catalog.identity.Role;
import org.govexchange.catalog.kafka.KafkaIdentities;
import org.govexchange.catalog.kafka.NodeCredential;
import org.govexchange.catalog.outbox.CatalogEvents;
import org.govexchange.contracts.audit.AuditEvent;
import org.govexchange.contracts.audit.AuditKind;
import org.govexchange.contracts.identifier.CreditCodes;
import org.govexchange.contracts.kafka.KafkaAccess;
import org.govexchange.contracts.problem.ProblemException;
import org.govexchange.starter.outbox.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Departments (members of the exchange): registration, status, lookup. Registration, suspension, reactivation and
 * rotation also change the department's node on the broker ({@link KafkaIdentities}), last in the transaction: when
 * the broker does not confirm, the request fails with 503 {@code KAFKA_UNAVAILABLE} and nothing is committed.
 */
@Service
public class DepartmentService {

    public static final String NOT_FOUND = "DEPARTMENT_NOT_FOUND";
    public static final String EXISTS = "DEPARTMENT_EXISTS";
    public static final String PARENT_NOT_FOUND = "PARENT_DEPARTMENT_NOT_FOUND";

    private final DepartmentMapper departments;
    private final AccountService accounts;
    private final CatalogEvents outbox;
    private final AuditTrail audit;
    private final KafkaIdentities kafka;
    private final Clock clock;

    public DepartmentService(
            DepartmentMapper departments,
            AccountService accounts,
            CatalogEvents outbox,
            AuditTrail audit,
            KafkaIdentities kafka,
            Clock clock) {
        this.departments = departments;
        this.accounts = accounts;
        this.outbox = outbox;
        this.audit = audit;
        this.kafka = kafka;
        this.clock = clock;
    }

    /**
     * Registers a department with its DEPT_SYSTEM client. The code must be a valid unified social credit
     * code: {@code CREDIT_CODE_FORMAT} or {@code CREDIT_CODE_CHECKSUM} (422) otherwise.
     */
    @Transactional
    public RegisteredDepartment register(Caller actor, RegisterDepartmentRequest request) {
        if (!actor.isPlatformAdmin()) {
            throw Caller.forbidden("Only a platform administrator registers departments.");
        }
        String code = CreditCodes.requireValid(request.code());
        String parentCode =
                request.parentCode() == null || request.parentCode().isBlank() ? null : request.parentCode();
        if (parentCode != null && departments.selectById(parentCode) == null) {
            throw new ProblemException(422, PARENT_NOT_FOUND, "No parent department with code " + parentCode + ".");
        }
        if (departments.selectById(code) != null) {
            throw ProblemException.conflict(EXISTS, "A department with code " + code + " is registered.");
        }
        var now = now();
        var department = new Department();
        department.setCode(code);
        department.setName(request.name());
        department.setLevel(request.level().name());
        department.setParentCode(parentCode);
        department.setContact(request.contact());
        department.setStatus(DepartmentStatus.ACTIVE.name());
        department.setCreatedAt(now);
        department.setUpdatedAt(now);
        departments.insert(department);
        String clientId =
                request.systemClientId() != null ? request.systemClientId() : code.toLowerCase(Locale.ROOT) + "-system";
        IssuedCredentials system = accounts.createForDepartment(actor, clientId, Role.DEPT_SYSTEM, code);
        DepartmentView view = DepartmentView.of(department);
        outbox.publishCatalogEvent("DEPARTMENT_REGISTERED", code, code, view);
        NodeCredential node = null;
        if (kafka.enabled()) {
            recordKafka(actor, AuditKind.ACCOUNT_CREATED, code, "CREATE_KAFKA_PRINCIPAL");
            node = kafka.issue(code);
        }
        return new RegisteredDepartment(view, system, node);
    }

    /**
     * A new secret for the department's node principal, shown once; the old one stops authenticating at once
     * (open sessions at their next re-authentication). Platform administrators only.
     */
    @Transactional
    public NodeCredential rotateKafkaCredential(Caller actor, String code) {
        if (!actor.isPlatformAdmin()) {
            throw Caller.forbidden("Only a platform administrator rotates a node's Kafka credential.");
        }
        require(code);
        recordKafka(actor, AuditKind.SECRET_ROTATED, code, "ROTATE_KAFKA_CREDENTIAL");
        return kafka.rotate(code);
    }

    /** Changes name, contact or status; suspension takes effect for new tokens and API calls at once. */
    @Transactional
    public DepartmentView update(Caller actor, String code, UpdateDepartmentRequest request) {
        if (!actor.isPlatformAdmin()) {
            throw Caller.forbidden("Only a platform administrator changes departments.");
        }
        Department department = require(code);
        DepartmentStatus before = DepartmentStatus.valueOf(department.getStatus());
        if (request.name() != null) {
            department.setName(request.name());
        }
        if (request.contact() != null) {
            department.setContact(request.contact());
        }
        if (request.status() != null) {
            department.setStatus(request.status().name());
        }
        department.setUpdatedAt(now());
        departments.updateById(department);
        DepartmentView view = DepartmentView.of(department);
        if (request.status() != null && request.status() != before) {
            String type =
                    request.status() == DepartmentStatus.SUSPENDED ? "DEPARTMENT_SUSPENDED" : "DEPARTMENT_REACTIVATED";
            outbox.publishCatalogEvent(type, code, code, view);
            audit.record(AuditEvent.builder(AuditKind.DEPARTMENT_STATUS_CHANGED)
                    .occurredAt(clock.instant())
                    .actorClient(actor.clientId())
                    .actorDept(actor.departmentCode())
                    .providerDept(code)
                    .operation(type)
                    .build());
            if (kafka.enabled() && request.status() == DepartmentStatus.SUSPENDED) {
                recordKafka(actor, AuditKind.DEPARTMENT_STATUS_CHANGED, code, "REVOKE_KAFKA_ACCESS");
                kafka.revoke(code);
            } else if (kafka.enabled()) {
                recordKafka(actor, AuditKind.DEPARTMENT_STATUS_CHANGED, code, "GRANT_KAFKA_ACCESS");
                kafka.restore(code);
            }
        } else {
            outbox.publishCatalogEvent("DEPARTMENT_UPDATED", code, code, view);
        }
        return view;
    }

    @Transactional(readOnly = true)
    public DepartmentView find(String code) {
        return DepartmentView.of(require(code));
    }

    @Transactional(readOnly = true)
    public List<DepartmentView> list() {
        return departments.selectList(Wrappers.lambdaQuery(Department.class).orderByAsc(Department::getName)).stream()
                .map(DepartmentView::of)
                .toList();
    }

    /** Whether the department exists and is active. */
    @Transactional(readOnly = true)
    public boolean isActive(String code) {
        Department department = departments.selectById(code);
        return department != null && DepartmentStatus.ACTIVE.name().equals(department.getStatus());
    }

    @Transactional(readOnly = true)
    public boolean exists(String code) {
        return departments.selectById(code) != null;
    }

    Department require(String code) {
        Department department = departments.selectById(code);
        if (department == null) {
            throw ProblemException.notFound(NOT_FOUND, "No department with code " + code + ".");
        }
        return department;
    }

    /** Audits a change of the node on the broker (in the transaction: rolled back with it if the broker fails). */
    private void recordKafka(Caller actor, AuditKind kind, String code, String operation) {
        audit.record(AuditEvent.builder(kind)
                .occurredAt(clock.instant())
                .actorClient(actor.clientId())
                .actorDept(actor.departmentCode())
                .providerDept(code)
                .operation(operation + " " + KafkaAccess.nodePrincipal(code))
                .build());
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
