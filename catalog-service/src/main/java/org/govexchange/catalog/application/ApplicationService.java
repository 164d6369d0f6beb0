package org.govexchange.catalog.application;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.govexchange.catalog.grant.GrantService;
import org.govexchange.catalog.grant.GrantView;
import org.govexchange.catalog.grant.NewGrant;
import org.govexchange.catalog.identity.Caller;
import org.govexchange.catalog.identity.Role;
import org.govexchange.catalog.outbox.CatalogEvents;
import org.govexchange.catalog.resource.ResourceService;
import org.govexchange.catalog.resource.ResourceStatus;
import org.govexchange.catalog.resource.ResourceView;
import org.govexchange.catalog.resource.ShareMethod;
import org.govexchange.contracts.audit.AuditEvent;
import org.govexchange.contracts.audit.AuditKind;
import org.govexchange.contracts.audit.AuditResult;
import org.govexchange.contracts.grant.ShareMode;
import org.govexchange.contracts.grant.ShareType;
import org.govexchange.contracts.problem.ProblemException;
import org.govexchange.starter.outbox.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Share applications. UNCONDITIONAL resources are granted at once; CONDITIONAL ones wait for the provider's
 * DEPT_ADMIN, who may narrow the fields and allow plain values; NOT_SHARED ones are refused.
 */
@Service
public class ApplicationService {

    public static final String NOT_FOUND = "APPLICATION_NOT_FOUND";
    public static final String NOT_PENDING = "APPLICATION_NOT_PENDING";
    public static final String RESOURCE_NOT_SHARED = "RESOURCE_NOT_SHARED";
    public static final String RESOURCE_RETIRED = "RESOURCE_RETIRED";
    public static final String RESOURCE_NOT_PUBLISHED = "RESOURCE_NOT_PUBLISHED";
    public static final String OWN_RESOURCE = "OWN_RESOURCE";
    public static final String FIELD_NOT_IN_RESOURCE = "FIELD_NOT_IN_RESOURCE";
    public static final String SHARE_METHOD_NOT_OFFERED = "SHARE_METHOD_NOT_OFFERED";
    public static final String FIELD_NOT_REQUESTED = "FIELD_NOT_REQUESTED";
    public static final String PLAIN_FIELD_NOT_GRANTED = "PLAIN_FIELD_NOT_GRANTED";
    public static final String VALIDITY_EXTENDED = "VALIDITY_EXTENDED";

    private static final int MAX_LIST = 500;

    private final ShareApplicationMapper applications;
    private final ResourceService resources;
    private final GrantService grants;
    private final CatalogEvents outbox;
    private final AuditTrail audit;
    private final ApplicationProperties properties;
    private final Clock clock;

    public ApplicationService(
            ShareApplicationMapper applications,
            ResourceService resources,
            GrantService grants,
            CatalogEvents outbox,
            AuditTrail audit,
            ApplicationProperties properties,
            Clock clock) {
        this.applications = applications;
        this.resources = resources;
        this.grants = grants;
        this.outbox = outbox;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** Submitted by the consumer department's DEPT_ADMIN. */
    @Transactional
    public ApplicationView submit(Caller actor, SubmitApplicationRequest request) {
        if (!actor.has(Role.DEPT_ADMIN) || actor.departmentCode() == null) {
            throw Caller.forbidden("Applications are submitted by the consuming department's DEPT_ADMIN.");
        }
        String consumer = actor.departmentCode();
        ResourceView resource = resources.require(request.resourceCode());
        requireApplicable(resource);
        if (resource.providerCode().equals(consumer)) {
            throw unprocessable(OWN_RESOURCE, "Your department provides this resource: it needs no application.");
        }
        if (resource.shareType() == ShareType.NOT_SHARED) {
            throw unprocessable(
                    RESOURCE_NOT_SHARED, "Resource " + resource.code() + " is NOT_SHARED: " + resource.legalBasis());
        }
        List<String> fields = List.copyOf(new LinkedHashSet<>(request.fields()));
        requireFieldsOf(resource, fields);
        ShareMethod method = ShareMethod.valueOf(request.mode().name());
        if (!resource.shareMethods().contains(method)) {
            throw unprocessable(
                    SHARE_METHOD_NOT_OFFERED,
                    "Resource " + resource.code() + " is not offered by " + request.mode() + "; it offers "
                            + resource.shareMethods() + ".");
        }
        LocalDateTime now = now();
        var application = new ShareApplication();
        application.setId(UUID.randomUUID().toString());
        application.setResourceCode(resource.code());
        application.setResourceVersion(resource.currentVersion());
        application.setConsumerCode(consumer);
        application.setProviderCode(resource.providerCode());
        application.setFields(String.join(",", fields));
        application.setPurposeCode(request.purposeCode());
        application.setPurpose(request.purpose());
        application.setLegalBasis(request.legalBasis());
        application.setMode(request.mode().name());
        application.setExpectedDailyVolume(request.expectedDailyVolume());
        application.setValidTo(request.validTo());
        application.setSubmittedAt(now);
        application.setSubmittedBy(actor.clientId());
        if (resource.shareType() == ShareType.UNCONDITIONAL) {
            application.setStatus(ApplicationStatus.PENDING.name());
            applications.insert(application);
            // Approved at once, on the catalog's authority: the unconditional share type is the approval.
            return approveInternally(
                    actor, application, fields, List.of(), request.expectedDailyVolume(), request.validTo(), null);
        }
        application.setStatus(ApplicationStatus.PENDING.name());
        application.setDueDate(WorkingDays.after(LocalDate.now(clock), properties.reviewWorkingDays()));
        applications.insert(application);
        ApplicationView view = view(application);
        outbox.publishCatalogEvent("APPLICATION_SUBMITTED", resource.code(), application.getId(), view);
        return view;
    }

    /** The provider's DEPT_ADMIN approves, possibly narrowing fields and allowing plain values. */
    @Transactional
    public ApplicationView approve(Caller actor, String id, ApproveApplicationRequest request) {
        ShareApplication application = lockPending(actor, id);
        List<String> requested = split(application.getFields());
        List<String> fields = request.fields() == null ? requested : List.copyOf(new LinkedHashSet<>(request.fields()));
        requireWithin(
                fields,
                requested,
                FIELD_NOT_REQUESTED,
                "An approval can narrow the requested fields, not add to them: ");
        List<String> plain =
                request.plainFields() == null ? List.of() : List.copyOf(new LinkedHashSet<>(request.plainFields()));
        requireWithin(plain, fields, PLAIN_FIELD_NOT_GRANTED, "plainFields must be granted fields: ");
        LocalDate validTo = request.validTo() == null ? application.getValidTo() : request.validTo();
        if (validTo.isAfter(application.getValidTo()) || validTo.isBefore(LocalDate.now(clock))) {
            throw unprocessable(
                    VALIDITY_EXTENDED,
                    "validTo must lie between today and the requested " + application.getValidTo() + ".");
        }
        ResourceView resource = resources.require(application.getResourceCode());
        requireApplicable(resource);
        requireFieldsOf(resource, fields);
        long quota = request.dailyQuota() == null ? application.getExpectedDailyVolume() : request.dailyQuota();
        return approveInternally(actor, application, fields, plain, quota, validTo, request.comment());
    }

    @Transactional
    public ApplicationView reject(Caller actor, String id, String reason) {
        ShareApplication application = lockPending(actor, id);
        ApplicationView view = decide(actor, application, ApplicationStatus.REJECTED, reason, "APPLICATION_REJECTED");
        audit.record(decisionAudit(
                        AuditKind.APPLICATION_REJECTED,
                        actor,
                        application,
                        "REJECT_APPLICATION " + application.getId() + " consumer=" + application.getConsumerCode())
                .result(AuditResult.DENIED)
                .denialCode("APPLICATION_REJECTED")
                .fields(split(application.getFields()))
                .build());
        return view;
    }

    @Transactional(readOnly = true)
    public ApplicationView find(Caller actor, String id) {
        ShareApplication application = applications.selectById(id);
        if (application == null || !mayRead(actor, application)) {
            throw notFound(id);
        }
        return view(application);
    }

    /**
     * Applications the caller may see. {@code role} picks the side for a department (both when absent);
     * {@code overdue} keeps only PENDING applications past their due date (true) or the others (false).
     */
    @Transactional(readOnly = true)
    public List<ApplicationView> list(Caller actor, ApplicationStatus status, PartyRole role, Boolean overdue) {
        LambdaQueryWrapper<ShareApplication> query = Wrappers.lambdaQuery(ShareApplication.class)
                .eq(status != null, ShareApplication::getStatus, status == null ? null : status.name());
        String own = actor.departmentCode();
        if (own != null && role == PartyRole.CONSUMER) {
            query.eq(ShareApplication::getConsumerCode, own);
        } else if (own != null && role == PartyRole.PROVIDER) {
            query.eq(ShareApplication::getProviderCode, own);
        } else if (!actor.readsEverything()) {
            if (own == null) {
                return List.of();
            }
            query.and(
                    w -> w.eq(ShareApplication::getConsumerCode, own).or().eq(ShareApplication::getProviderCode, own));
        }
        LocalDate today = LocalDate.now(clock);
        if (Boolean.TRUE.equals(overdue)) {
            query.eq(ShareApplication::getStatus, ApplicationStatus.PENDING.name())
                    .lt(ShareApplication::getDueDate, today);
        } else if (Boolean.FALSE.equals(overdue)) {
            query.and(w -> w.ne(ShareApplication::getStatus, ApplicationStatus.PENDING.name())
                    .or()
                    .isNull(ShareApplication::getDueDate)
                    .or()
                    .ge(ShareApplication::getDueDate, today));
        }
        query.orderByDesc(ShareApplication::getSubmittedAt).last("LIMIT " + MAX_LIST);
        return applications.selectList(query).stream().map(this::view).toList();
    }

    private ApplicationView approveInternally(
            Caller actor,
            ShareApplication application,
            List<String> fields,
            List<String> plain,
            long quota,
            LocalDate validTo,
            String comment) {
        ResourceView resource = resources.require(application.getResourceCode());
        GrantView grant = grants.create(new NewGrant(
                application.getId(),
                application.getConsumerCode(),
                application.getProviderCode(),
                application.getResourceCode(),
                resource.currentVersion(),
                fields,
                plain,
                ShareMode.valueOf(application.getMode()),
                quota,
                validTo));
        application.setGrantId(grant.id());
        ApplicationView view = decide(actor, application, ApplicationStatus.APPROVED, comment, "APPLICATION_APPROVED");
        audit.record(decisionAudit(
                        AuditKind.GRANT_APPROVED,
                        actor,
                        application,
                        (application.getDueDate() == null ? "AUTO_APPROVE " : "APPROVE_APPLICATION ")
                                + application.getId() + " grant=" + grant.id() + " consumer="
                                + application.getConsumerCode())
                .fields(fields)
                .build());
        return view;
    }

    /** Stores the decision on {@code application} and publishes it as {@code event}; answers the new view. */
    private ApplicationView decide(
            Caller actor, ShareApplication application, ApplicationStatus status, String comment, String event) {
        application.setStatus(status.name());
        application.setDecidedAt(now());
        application.setDecidedBy(actor.clientId());
        application.setDecisionComment(comment);
        applications.updateById(application);
        ApplicationView view = view(application);
        outbox.publishCatalogEvent(event, application.getResourceCode(), application.getId(), view);
        return view;
    }

    /** The audit event of a decision on {@code application}, for the caller to complete. */
    private AuditEvent.Builder decisionAudit(
            AuditKind kind, Caller actor, ShareApplication application, String operation) {
        return AuditEvent.builder(kind)
                .occurredAt(clock.instant())
                .actorClient(actor.clientId())
                .actorDept(actor.departmentCode())
                .targetResource(application.getResourceCode())
                .providerDept(application.getProviderCode())
                .operation(operation)
                .purpose(application.getPurposeCode());
    }

    private ShareApplication lockPending(Caller actor, String id) {
        ShareApplication application = applications.selectOne(Wrappers.lambdaQuery(ShareApplication.class)
                .eq(ShareApplication::getId, id)
                .last("FOR UPDATE"));
        if (application == null || !mayRead(actor, application)) {
            throw notFound(id);
        }
        if (!actor.isAdminOf(application.getProviderCode())) {
            throw Caller.forbidden("Only the provider's DEPT_ADMIN decides on this application.");
        }
        if (!ApplicationStatus.PENDING.name().equals(application.getStatus())) {
            throw ProblemException.conflict(
                    NOT_PENDING, "The application is " + application.getStatus() + ", not PENDING.");
        }
        return application;
    }

    private static void requireApplicable(ResourceView resource) {
        if (resource.status() == ResourceStatus.RETIRED) {
            throw unprocessable(RESOURCE_RETIRED, "Resource " + resource.code() + " is retired.");
        }
        if (resource.status() != ResourceStatus.PUBLISHED) {
            throw unprocessable(RESOURCE_NOT_PUBLISHED, "Resource " + resource.code() + " is not published.");
        }
    }

    private static void requireFieldsOf(ResourceView resource, List<String> fields) {
        List<String> unknown =
                fields.stream().filter(f -> resource.field(f).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw new ProblemException(
                    422,
                    FIELD_NOT_IN_RESOURCE,
                    "Resource " + resource.code() + " has no field(s) " + unknown + ".",
                    Map.of("fields", unknown));
        }
    }

    private static boolean mayRead(Caller actor, ShareApplication application) {
        return actor.readsEverything()
                || actor.belongsTo(application.getConsumerCode())
                || actor.belongsTo(application.getProviderCode());
    }

    private ApplicationView view(ShareApplication a) {
        boolean overdue = ApplicationStatus.PENDING.name().equals(a.getStatus())
                && a.getDueDate() != null
                && LocalDate.now(clock).isAfter(a.getDueDate());
        return new ApplicationView(
                a.getId(),
                a.getResourceCode(),
                a.getResourceVersion(),
                a.getConsumerCode(),
                a.getProviderCode(),
                split(a.getFields()),
                a.getPurposeCode(),
                a.getPurpose(),
                a.getLegalBasis(),
                ShareMode.valueOf(a.getMode()),
                a.getExpectedDailyVolume(),
                a.getValidTo(),
                ApplicationStatus.valueOf(a.getStatus()),
                a.getSubmittedAt().toInstant(ZoneOffset.UTC),
                a.getSubmittedBy(),
                a.getDueDate(),
                overdue,
                a.getDecidedAt() == null ? null : a.getDecidedAt().toInstant(ZoneOffset.UTC),
                a.getDecidedBy(),
                a.getDecisionComment(),
                a.getGrantId());
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isBlank()
                ? List.of()
                : Arrays.stream(csv.split(",")).filter(s -> !s.isBlank()).toList();
    }

    /** Refuses (422 {@code code}, listing them) the {@code fields} that are not among {@code allowed}. */
    private static void requireWithin(List<String> fields, List<String> allowed, String code, String detail) {
        List<String> outside = fields.stream().filter(f -> !allowed.contains(f)).toList();
        if (!outside.isEmpty()) {
            throw new ProblemException(422, code, detail + outside + ".", Map.of("fields", outside));
        }
    }

    private static ProblemException unprocessable(String code, String detail) {
        return new ProblemException(422, code, detail);
    }

    private static ProblemException notFound(String id) {
        return ProblemException.notFound(NOT_FOUND, "No application with id " + id + ".");
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
