package org.govexchange.catalog.department;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.govexchange.catalog.identity.Caller;
import org.govexchange.catalog.identity.Role;
import org.govexchange.catalog.outbox.CatalogEvents;
import org.govexchange.contracts.audit.AuditEvent;
import org.govexchange.contracts.audit.AuditKind;
import org.govexchange.contracts.problem.ProblemException;
import org.govexchange.starter.outbox.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Front-node signing keys. Rotation with overlap: registering a key cuts the validity of the department's
 * earlier keys to now + the rotation overlap (unless they end sooner), so the hub accepts envelopes signed
 * with either key while nodes switch.
 */
@Service
public class DepartmentKeyService {

    public static final String KEY_EXISTS = "KEY_EXISTS";

    private final DepartmentKeyMapper keys;
    private final DepartmentService departments;
    private final CatalogEvents outbox;
    private final AuditTrail audit;
    private final DepartmentKeyProperties properties;
    private final Clock clock;

    public DepartmentKeyService(
            DepartmentKeyMapper keys,
            DepartmentService departments,
            CatalogEvents outbox,
            AuditTrail audit,
            DepartmentKeyProperties properties,
            Clock clock) {
        this.keys = keys;
        this.departments = departments;
        this.outbox = outbox;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** Platform admins, and the department's own DEPT_ADMIN or DEPT_SYSTEM (its node), register keys. */
    @Transactional
    public KeyView register(Caller actor, String departmentCode, RegisterKeyRequest request) {
        departments.require(departmentCode);
        boolean allowed = actor.isPlatformAdmin()
                || (actor.belongsTo(departmentCode) && (actor.has(Role.DEPT_ADMIN) || actor.has(Role.DEPT_SYSTEM)));
        if (!allowed) {
            throw Caller.forbidden("Only this department's administrator or system, or a platform administrator, "
                    + "registers its keys.");
        }
        byte[] der = PublicKeys.parse(request.alg(), request.publicKeyPem());
        String fingerprint = PublicKeys.fingerprint(der);
        if (keys.selectCount(Wrappers.lambdaQuery(DepartmentKey.class).eq(DepartmentKey::getFingerprint, fingerprint))
                > 0) {
            throw ProblemException.conflict(KEY_EXISTS, "This public key is already registered.");
        }
        Instant now = clock.instant();
        LocalDateTime overlapEnd = utc(now.plus(properties.rotationOverlap()));
        for (DepartmentKey earlier : keys.selectList(
                Wrappers.lambdaQuery(DepartmentKey.class).eq(DepartmentKey::getDepartmentCode, departmentCode))) {
            if (earlier.getNotAfter() == null || earlier.getNotAfter().isAfter(overlapEnd)) {
                earlier.setNotAfter(overlapEnd);
                keys.updateById(earlier);
            }
        }
        var key = new DepartmentKey();
        key.setKeyId("k-" + fingerprint.substring(0, 16));
        key.setDepartmentCode(departmentCode);
        key.setAlg(request.alg().name());
        key.setPublicKeyPem(PublicKeys.toPem(der));
        key.setFingerprint(fingerprint);
        key.setNotBefore(utc(now));
        key.setNotAfter(request.notAfter() == null ? null : utc(request.notAfter()));
        key.setCreatedAt(utc(now));
        key.setCreatedBy(actor.clientId());
        keys.insert(key);
        KeyView view = KeyView.of(key, now);
        outbox.publishCatalogEvent(
                "DEPARTMENT_KEY_REGISTERED",
                departmentCode,
                departmentCode,
                Map.of("departmentCode", departmentCode, "key", view, "keys", list(departmentCode)));
        audit.record(AuditEvent.builder(AuditKind.KEY_REGISTERED)
                .occurredAt(now)
                .actorClient(actor.clientId())
                .actorDept(actor.departmentCode())
                .providerDept(departmentCode)
                .operation("REGISTER_KEY " + key.getKeyId() + " " + key.getAlg())
                .signatureRef(key.getKeyId())
                .build());
        return view;
    }

    /** All keys of a department, newest first, with their status now. */
    @Transactional(readOnly = true)
    public List<KeyView> list(String departmentCode) {
        departments.require(departmentCode);
        Instant now = clock.instant();
        return keys
                .selectList(Wrappers.lambdaQuery(DepartmentKey.class)
                        .eq(DepartmentKey::getDepartmentCode, departmentCode)
                        .orderByDesc(DepartmentKey::getNotBefore))
                .stream()
                .map(key -> KeyView.of(key, now))
                .toList();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
