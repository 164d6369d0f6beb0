package org.govexchange.catalog.grant;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.govexchange.catalog.identity.Caller;
import org.govexchange.catalog.outbox.CatalogEvents;
import org.govexchange.catalog.resource.ResourceService;
import org.govexchange.catalog.resource.ResourceView;
import org.govexchange.contracts.audit.AuditEvent;
import org.govexchange.contracts.audit.AuditKind;
import org.govexchange.contracts.grant.FieldPolicy;
import org.govexchange.contracts.grant.GrantPolicy;
import org.govexchange.contracts.grant.GrantStatus;
import org.govexchange.contracts.grant.Masking;
import org.govexchange.contracts.grant.ShareMode;
import org.govexchange.contracts.problem.ProblemException;
import org.govexchange.contracts.schema.FieldSpec;
import org.govexchange.starter.outbox.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Grants: creation from approved applications, listing, revocation, expiry, and enforcement lookups. */
@Service
public class GrantService {

    public static final String NOT_FOUND = "GRANT_NOT_FOUND";
    public static final String NOT_ACTIVE = "GRANT_NOT_ACTIVE";
    public static final String GRANT_MISSING = "GRANT_MISSING";

    private static final Logger log = LoggerFactory.getLogger(GrantService.class);
    private static final int MAX_LIST = 500;

    private final ResourceGrantMapper grants;
    private final ResourceService resources;
    private final CatalogEvents outbox;
    private final AuditTrail audit;
    private final Clock clock;

    public GrantService(
            ResourceGrantMapper grants,
            ResourceService resources,
            CatalogEvents outbox,
            AuditTrail audit,
            Clock clock) {
        this.grants = grants;
        this.resources = resources;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates the grant of an approved application, in the approval's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public GrantView create(NewGrant spec) {
        var grant = new ResourceGrant();
        grant.setId(UUID.randomUUID().toString());
        grant.setApplicationId(spec.applicationId());
        grant.setConsumerCode(spec.consumerCode());
        grant.setProviderCode(spec.providerCode());
        grant.setResourceCode(spec.resourceCode());
        grant.setResourceVersion(spec.resourceVersion());
        grant.setFields(String.join(",", spec.fields()));
        grant.setPlainFields(String.join(",", spec.plainFields()));
        grant.setMode(spec.mode().name());
        grant.setDailyQuota(spec.dailyQuota());
        grant.setValidFrom(LocalDate.now(clock));
        grant.setValidTo(spec.validTo());
        grant.setStatus(GrantStatus.ACTIVE.name());
        grant.setCreatedAt(now());
        grants.insert(grant);
        outbox.publishCatalogEvent("GRANT_CREATED", grant.getId(), grant.getId(), policy(grant));
        return view(grant);
    }

    @Transactional(readOnly = true)
    public GrantView find(Caller actor, String id) {
        ResourceGrant grant = require(id);
        if (!actor.readsEverything()
                && !actor.belongsTo(grant.getConsumerCode())
                && !actor.belongsTo(grant.getProviderCode())) {
            throw notFound(id);
        }
        return view(grant);
    }

    /** Grants the caller may see: all for platform-wide readers, otherwise those its department is party to. */
    @Transactional(readOnly = true)
    public List<GrantView> list(Caller actor, String consumer, String resource, GrantStatus status) {
        LambdaQueryWrapper<ResourceGrant> query = Wrappers.lambdaQuery(ResourceGrant.class)
                .eq(consumer != null, ResourceGrant::getConsumerCode, consumer)
                .eq(resource != null, ResourceGrant::getResourceCode, resource);
        if (status == GrantStatus.ACTIVE) {
            query.eq(ResourceGrant::getStatus, GrantStatus.ACTIVE.name())
                    .ge(ResourceGrant::getValidTo, LocalDate.now(clock));
        } else if (status == GrantStatus.EXPIRED) {
            query.and(w -> w.eq(ResourceGrant::getStatus, GrantStatus.EXPIRED.name())
                    .or(o -> o.eq(ResourceGrant::getStatus, GrantStatus.ACTIVE.name())
                            .lt(ResourceGrant::getValidTo, LocalDate.now(clock))));
        } else if (status == GrantStatus.REVOKED) {
            query.eq(ResourceGrant::getStatus, GrantStatus.REVOKED.name());
        }
        if (!actor.readsEverything()) {
            String own = actor.departmentCode();
            if (own == null) {
                return List.of();
            }
            query.and(w -> w.eq(ResourceGrant::getConsumerCode, own).or().eq(ResourceGrant::getProviderCode, own));
        }
        query.orderByDesc(ResourceGrant::getCreatedAt).last("LIMIT " + MAX_LIST);
        return grants.selectList(query).stream().map(this::view).toList();
    }

    /** The provider's DEPT_ADMIN or a platform administrator revokes; the gateway drops it on the event. */
    @Transactional
    public GrantView revoke(Caller actor, String id, String reason) {
        ResourceGrant grant = grants.selectOne(Wrappers.lambdaQuery(ResourceGrant.class)
                .eq(ResourceGrant::getId, id)
                .last("FOR UPDATE"));
        if (grant == null) {
            throw notFound(id);
        }
        if (!actor.isPlatformAdmin() && !actor.isAdminOf(grant.getProviderCode())) {
            throw Caller.forbidden("Only the provider's DEPT_ADMIN or a platform administrator revokes a grant.");
        }
        if (!GrantStatus.ACTIVE.name().equals(grant.getStatus())) {
            throw ProblemException.conflict(NOT_ACTIVE, "The grant is " + grant.getStatus() + ", not ACTIVE.");
        }
        grant.setRevokedAt(now());
        grant.setRevokedBy(actor.clientId());
        grant.setRevokeReason(reason);
        end(grant, GrantStatus.REVOKED, "GRANT_REVOKED");
        audit.record(endAudit(AuditKind.GRANT_REVOKED, "REVOKE_GRANT ", grant)
                .actorClient(actor.clientId())
                .actorDept(actor.departmentCode())
                .purpose(reason)
                .build());
        return view(grant);
    }

    /**
     * The consumer's active grant for a resource and mode, with the field policy of the granted schema
     * version; the newest when there are several.
     */
    @Transactional(readOnly = true)
    public Optional<GrantPolicy> activePolicy(String consumer, String resourceCode, ShareMode mode) {
        return grants
                .selectList(Wrappers.lambdaQuery(ResourceGrant.class)
                        .eq(ResourceGrant::getConsumerCode, consumer)
                        .eq(ResourceGrant::getResourceCode, resourceCode)
                        .eq(ResourceGrant::getMode, mode.name())
                        .eq(ResourceGrant::getStatus, GrantStatus.ACTIVE.name())
                        .ge(ResourceGrant::getValidTo, LocalDate.now(clock))
                        .le(ResourceGrant::getValidFrom, LocalDate.now(clock))
                        .orderByDesc(ResourceGrant::getCreatedAt))
                .stream()
                .findFirst()
                .map(this::policy);
    }

    /** Every grant of the resource in this mode that is active and within its validity today, oldest first. */
    @Transactional(readOnly = true)
    public List<GrantPolicy> activePolicies(String resourceCode, ShareMode mode) {
        LocalDate today = LocalDate.now(clock);
        return grants
                .selectList(Wrappers.lambdaQuery(ResourceGrant.class)
                        .eq(ResourceGrant::getResourceCode, resourceCode)
                        .eq(ResourceGrant::getMode, mode.name())
                        .eq(ResourceGrant::getStatus, GrantStatus.ACTIVE.name())
                        .ge(ResourceGrant::getValidTo, today)
                        .le(ResourceGrant::getValidFrom, today)
                        .orderByAsc(ResourceGrant::getCreatedAt))
                .stream()
                .map(this::policy)
                .toList();
    }

    /** Whether the consumer holds an active grant for the resource in this mode. */
    @Transactional(readOnly = true)
    public boolean hasActive(String consumer, String resourceCode, ShareMode mode) {
        return activePolicy(consumer, resourceCode, mode).isPresent();
    }

    /** Marks grants past their last day EXPIRED and announces each; returns how many. */
    @Transactional
    public int expireDue() {
        LocalDate today = LocalDate.now(clock);
        List<ResourceGrant> due = grants.selectList(Wrappers.lambdaQuery(ResourceGrant.class)
                .eq(ResourceGrant::getStatus, GrantStatus.ACTIVE.name())
                .lt(ResourceGrant::getValidTo, today)
                .last("LIMIT 500 FOR UPDATE SKIP LOCKED"));
        for (ResourceGrant grant : due) {
            end(grant, GrantStatus.EXPIRED, "GRANT_EXPIRED");
            audit.record(
                    endAudit(AuditKind.GRANT_EXPIRED, "EXPIRE_GRANT ", grant).build());
        }
        if (!due.isEmpty()) {
            log.info("expired {} grants", due.size());
        }
        return due.size();
    }

    private GrantPolicy policy(ResourceGrant grant) {
        ResourceView resource = resources.require(grant.getResourceCode(), grant.getResourceVersion());
        List<String> plain = split(grant.getPlainFields());
        List<FieldPolicy> fields = split(grant.getFields()).stream()
                .map(code -> {
                    FieldSpec spec = resource.field(code).orElseThrow();
                    Masking masking = plain.contains(code) ? Masking.NONE : spec.masking();
                    return new FieldPolicy(code, masking, spec.sensitivity());
                })
                .toList();
        GrantView view = view(grant);
        return new GrantPolicy(
                grant.getId(),
                grant.getConsumerCode(),
                grant.getProviderCode(),
                grant.getResourceCode(),
                grant.getResourceVersion(),
                resource.apiPath(),
                resource.shareType(),
                view.mode(),
                fields,
                view.dailyQuota(),
                view.validFrom(),
                view.validTo(),
                view.status());
    }

    private GrantView view(ResourceGrant g) {
        GrantStatus status = GrantStatus.valueOf(g.getStatus());
        if (status == GrantStatus.ACTIVE && g.getValidTo().isBefore(LocalDate.now(clock))) {
            status = GrantStatus.EXPIRED;
        }
        return new GrantView(
                g.getId(),
                g.getApplicationId(),
                g.getConsumerCode(),
                g.getProviderCode(),
                g.getResourceCode(),
                g.getResourceVersion(),
                split(g.getFields()),
                split(g.getPlainFields()),
                ShareMode.valueOf(g.getMode()),
                g.getDailyQuota(),
                g.getValidFrom(),
                g.getValidTo(),
                status,
                g.getCreatedAt().toInstant(ZoneOffset.UTC),
                g.getRevokedAt() == null ? null : g.getRevokedAt().toInstant(ZoneOffset.UTC),
                g.getRevokedBy(),
                g.getRevokeReason());
    }

    private ResourceGrant require(String id) {
        ResourceGrant grant = grants.selectById(id);
        if (grant == null) {
            throw notFound(id);
        }
        return grant;
    }

    private static ProblemException notFound(String id) {
        return ProblemException.notFound(NOT_FOUND, "No grant with id " + id + ".");
    }

    static List<String> split(String csv) {
        return csv == null || csv.isBlank()
                ? List.of()
                : Arrays.stream(csv.split(",")).filter(s -> !s.isBlank()).toList();
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Stores the grant's end ({@code status}) and announces it as {@code event} with its policy. */
    private void end(ResourceGrant grant, GrantStatus status, String event) {
        grant.setStatus(status.name());
        grants.updateById(grant);
        outbox.publishCatalogEvent(event, grant.getId(), grant.getId(), policy(grant));
    }

    /** The audit event of a grant's end: which grant of which consumer, on which resource and fields. */
    private AuditEvent.Builder endAudit(AuditKind kind, String operation, ResourceGrant grant) {
        return AuditEvent.builder(kind)
                .occurredAt(clock.instant())
                .targetResource(grant.getResourceCode())
                .providerDept(grant.getProviderCode())
                .operation(operation + grant.getId() + " consumer=" + grant.getConsumerCode())
                .fields(split(grant.getFields()));
    }
}
