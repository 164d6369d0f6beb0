package org.govexchange.catalog.resource;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.govexchange.catalog.department.DepartmentService;
import org.govexchange.catalog.identity.Caller;
import org.govexchange.catalog.outbox.CatalogEvents;
import org.govexchange.contracts.grant.ShareType;
import org.govexchange.contracts.problem.ProblemException;
import org.govexchange.contracts.schema.FieldSpec;
import org.govexchange.contracts.schema.FieldViolation;
import org.govexchange.contracts.schema.SchemaRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The resource catalog: metadata, schema versions, lifecycle and search. Only a platform administrator or
 * the provider's DEPT_ADMIN creates or changes a resource.
 */
@Service
public class ResourceService {

    public static final String NOT_FOUND = "RESOURCE_NOT_FOUND";
    public static final String STATE_CONFLICT = "RESOURCE_STATE_CONFLICT";
    public static final String IDENTITY_IMMUTABLE = "RESOURCE_IDENTITY_IMMUTABLE";
    public static final String PROVIDER_NOT_FOUND = "PROVIDER_NOT_FOUND";
    public static final String CLASSIFICATION_MISMATCH = "CLASSIFICATION_MISMATCH";
    public static final String SHARE_CONDITION_REQUIRED = "SHARE_CONDITION_REQUIRED";
    public static final String LEGAL_BASIS_REQUIRED = "LEGAL_BASIS_REQUIRED";
    public static final String SHARE_METHOD_REQUIRED = "SHARE_METHOD_REQUIRED";
    public static final String API_PATH_REQUIRED = "API_PATH_REQUIRED";
    public static final String API_PATH_TAKEN = "API_PATH_TAKEN";
    public static final String KEY_FIELD_REQUIRED = "KEY_FIELD_REQUIRED";
    public static final String FIELD_CODE_DUPLICATE = "FIELD_CODE_DUPLICATE";
    public static final String FIELD_VALIDATION_INVALID = "FIELD_VALIDATION_INVALID";

    public static final String PAGE_OUT_OF_RANGE = "PAGE_OUT_OF_RANGE";

    private static final int MAX_PAGE_SIZE = 100;
    /** Deeper pages are refused: an offset this large is a scan, not a search (narrow the criteria). */
    static final long MAX_OFFSET = 100_000;

    private static final TypeReference<List<FieldSpec>> FIELD_LIST = new TypeReference<>() {};

    private final DataResourceMapper resources;
    private final ResourceSchemaMapper schemas;
    private final DepartmentService departments;
    private final CatalogEvents outbox;
    private final RouteSpace routeSpace;
    private final JsonMapper json;
    private final Clock clock;

    public ResourceService(
            DataResourceMapper resources,
            ResourceSchemaMapper schemas,
            DepartmentService departments,
            CatalogEvents outbox,
            RouteSpace routeSpace,
            JsonMapper json,
            Clock clock) {
        this.resources = resources;
        this.schemas = schemas;
        this.departments = departments;
        this.outbox = outbox;
        this.routeSpace = routeSpace;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public ResourceView create(Caller actor, ResourceRequest request) {
        requireMaySave(actor, request.providerCode());
        if (!departments.exists(request.providerCode())) {
            throw new ProblemException(
                    422, PROVIDER_NOT_FOUND, "No department with code " + request.providerCode() + ".");
        }
        String classification = request.classification() != null
                ? request.classification()
                : request.category().digit() + "00000";
        if (classification.charAt(0) != request.category().digit()) {
            throw new ProblemException(
                    422,
                    CLASSIFICATION_MISMATCH,
                    "The classification of a " + request.category() + " resource starts with "
                            + request.category().digit() + ".");
        }
        check(request, null);
        int sequence = resources.lockLastSequence(classification) + 1;
        if (sequence > 999_999) {
            throw ProblemException.conflict(STATE_CONFLICT, "Classification " + classification + " is full.");
        }
        LocalDateTime now = now();
        var resource = new DataResource();
        resource.setCode(ResourceCodes.code(classification, sequence));
        resource.setClassification(classification);
        resource.setSequenceNo(sequence);
        resource.setStatus(ResourceStatus.DRAFT.name());
        resource.setCurrentVersion(1);
        resource.setCreatedAt(now);
        apply(resource, request, now);
        resources.insert(resource);
        insertSchema(resource.getCode(), 1, request.fields(), now);
        ResourceView view = view(resource, request.fields(), 1);
        outbox.publishCatalogEvent("RESOURCE_CREATED", resource.getCode(), resource.getCode(), view);
        return view;
    }

    /**
     * Replaces the metadata. Changing the fields of a DRAFT edits its only version; changing the fields of a
     * PUBLISHED resource creates the next schema version (existing grants keep theirs).
     */
    @Transactional
    public ResourceView update(Caller actor, String code, ResourceRequest request) {
        DataResource resource = lock(code);
        requireMaySave(actor, resource.getProviderCode());
        if (ResourceStatus.RETIRED.name().equals(resource.getStatus())) {
            throw ProblemException.conflict(STATE_CONFLICT, "A retired resource cannot be changed.");
        }
        boolean sameIdentity = resource.getProviderCode().equals(request.providerCode())
                && resource.getCategory().equals(request.category().name())
                && (request.classification() == null
                        || resource.getClassification().equals(request.classification()));
        if (!sameIdentity) {
            throw ProblemException.conflict(
                    IDENTITY_IMMUTABLE, "Provider, category and classification of a resource cannot change.");
        }
        check(request, code);
        LocalDateTime now = now();
        int version = resource.getCurrentVersion();
        List<FieldSpec> current = fields(code, version);
        if (!current.equals(request.fields())) {
            if (ResourceStatus.PUBLISHED.name().equals(resource.getStatus())) {
                version++;
                insertSchema(code, version, request.fields(), now);
                resource.setCurrentVersion(version);
            } else {
                var schema = new ResourceSchema();
                schema.setFieldsJson(json.writeValueAsString(request.fields()));
                schemas.update(
                        schema,
                        Wrappers.lambdaUpdate(ResourceSchema.class)
                                .eq(ResourceSchema::getResourceCode, code)
                                .eq(ResourceSchema::getVersion, version));
            }
        }
        apply(resource, request, now);
        resources.updateById(resource);
        ResourceView view = view(resource, request.fields(), version);
        outbox.publishCatalogEvent("RESOURCE_UPDATED", code, code, view);
        return view;
    }

    @Transactional
    public ResourceView publish(Caller actor, String code) {
        DataResource resource = lockFor(actor, code, ResourceStatus.DRAFT, "published");
        if (resource.getApiPath() != null) {
            // Again at publish time: a draft may predate the rules, or the route space may have shrunk since.
            routeSpace.check(resource.getApiPath(), occupied(code));
        }
        if (resource.getPublishDate() == null) {
            resource.setPublishDate(LocalDate.now(clock));
        }
        return moveTo(resource, ResourceStatus.PUBLISHED, "RESOURCE_PUBLISHED");
    }

    /** Retires a published resource: no new applications; existing grants stay until revoked or expired. */
    @Transactional
    public ResourceView retire(Caller actor, String code) {
        DataResource resource = lockFor(actor, code, ResourceStatus.PUBLISHED, "retired");
        return moveTo(resource, ResourceStatus.RETIRED, "RESOURCE_RETIRED");
    }

    /** Locks {@code code} for its provider's change, which only a resource in status {@code from} allows. */
    private DataResource lockFor(Caller actor, String code, ResourceStatus from, String change) {
        DataResource resource = lock(code);
        requireMaySave(actor, resource.getProviderCode());
        if (!from.name().equals(resource.getStatus())) {
            throw ProblemException.conflict(
                    STATE_CONFLICT,
                    "Only a " + from + " resource can be " + change + "; this one is " + resource.getStatus() + ".");
        }
        return resource;
    }

    /** Stores the resource in its new {@code status} and announces it as {@code event}. */
    private ResourceView moveTo(DataResource resource, ResourceStatus status, String event) {
        resource.setStatus(status.name());
        resource.setUpdatedAt(now());
        resources.updateById(resource);
        ResourceView view = view(resource);
        outbox.publishCatalogEvent(event, resource.getCode(), resource.getCode(), view);
        return view;
    }

    /** A resource as {@code actor} may see it: drafts only for their provider and platform-wide readers. */
    @Transactional(readOnly = true)
    public ResourceView find(Caller actor, String code, Integer version) {
        DataResource resource = resources.selectById(code);
        if (resource == null || !visible(actor, resource)) {
            throw notFound(code);
        }
        int wanted = version == null ? resource.getCurrentVersion() : version;
        if (wanted < 1 || wanted > resource.getCurrentVersion()) {
            throw ProblemException.notFound(NOT_FOUND, "Resource " + code + " has no schema version " + wanted + ".");
        }
        return view(resource, fields(code, wanted), wanted);
    }

    /** The resource with its current fields, whoever asks (for other features of the catalog). */
    @Transactional(readOnly = true)
    public ResourceView require(String code) {
        DataResource resource = resources.selectById(code);
        if (resource == null) {
            throw notFound(code);
        }
        return view(resource);
    }

    /** The resource with the fields of {@code version} (for grants and the lookup API). */
    @Transactional(readOnly = true)
    public ResourceView require(String code, int version) {
        DataResource resource = resources.selectById(code);
        if (resource == null || version < 1 || version > resource.getCurrentVersion()) {
            throw notFound(code);
        }
        return view(resource, fields(code, version), version);
    }

    @Transactional(readOnly = true)
    public ResourcePage search(Caller actor, ResourceSearch search) {
        long page = search.page() == null || search.page() < 1 ? 1 : search.page();
        long size = search.size() == null || search.size() < 1 ? 20 : Math.min(search.size(), MAX_PAGE_SIZE);
        if (page - 1 > MAX_OFFSET / size) {
            throw new ProblemException(
                    400,
                    PAGE_OUT_OF_RANGE,
                    "page × size may reach at most " + MAX_OFFSET + " results; narrow the search instead.");
        }
        LambdaQueryWrapper<DataResource> query = Wrappers.lambdaQuery(DataResource.class);
        if (search.q() != null && !search.q().isBlank()) {
            String keyword = escapeLike(search.q().strip());
            query.and(w -> w.like(DataResource::getName, keyword).or().like(DataResource::getSummary, keyword));
        }
        query.eq(search.provider() != null, DataResource::getProviderCode, search.provider());
        query.eq(search.category() != null, DataResource::getCategory, name(search.category()));
        query.eq(search.shareType() != null, DataResource::getShareType, name(search.shareType()));
        query.eq(search.status() != null, DataResource::getStatus, name(search.status()));
        if (!actor.readsEverything()) {
            // Others see the published catalog, plus their own department's drafts and retired entries.
            String own = actor.departmentCode();
            query.and(w -> w.eq(DataResource::getStatus, ResourceStatus.PUBLISHED.name())
                    .or(own != null, o -> o.eq(DataResource::getProviderCode, own)));
        }
        query.orderByAsc(DataResource::getCode);
        Page<DataResource> result = resources.selectPage(new Page<>(page, size), query);
        List<ResourceSummary> items =
                result.getRecords().stream().map(ResourceService::summary).toList();
        return new ResourcePage(items, page, size, result.getTotal());
    }

    /** The resource (not retired) served at {@code apiPath}, if any. */
    @Transactional(readOnly = true)
    public Optional<ResourceView> findByApiPath(String apiPath) {
        return resources
                .selectList(Wrappers.lambdaQuery(DataResource.class)
                        .eq(DataResource::getApiPath, apiPath)
                        .ne(DataResource::getStatus, ResourceStatus.RETIRED.name()))
                .stream()
                .findFirst()
                .map(this::view);
    }

    /** Published resources served through the gateway: apiPath → resource (for the lookup API). */
    @Transactional(readOnly = true)
    public List<ResourceSummary> publishedRoutes() {
        return resources
                .selectList(Wrappers.lambdaQuery(DataResource.class)
                        .eq(DataResource::getStatus, ResourceStatus.PUBLISHED.name())
                        .isNotNull(DataResource::getApiPath)
                        .orderByAsc(DataResource::getCode))
                .stream()
                .map(ResourceService::summary)
                .toList();
    }

    private void requireMaySave(Caller actor, String providerCode) {
        if (!actor.isPlatformAdmin() && !actor.isAdminOf(providerCode)) {
            throw Caller.forbidden(
                    "Only a platform administrator or the provider's DEPT_ADMIN may change its resources.");
        }
    }

    private void check(ResourceRequest request, String ownCode) {
        if (request.shareType() == ShareType.CONDITIONAL && isBlank(request.shareCondition())) {
            throw unprocessable(SHARE_CONDITION_REQUIRED, "A CONDITIONAL resource states its shareCondition.");
        }
        if (request.shareType() != ShareType.UNCONDITIONAL && isBlank(request.legalBasis())) {
            throw unprocessable(
                    LEGAL_BASIS_REQUIRED, "A " + request.shareType() + " resource cites its legalBasis (国发〔2016〕51号).");
        }
        if (request.shareType() != ShareType.NOT_SHARED
                && request.shareMethods().isEmpty()) {
            throw unprocessable(SHARE_METHOD_REQUIRED, "A shared resource offers at least one shareMethod.");
        }
        if (request.shareMethods().contains(ShareMethod.API) && isBlank(request.apiPath())) {
            throw unprocessable(API_PATH_REQUIRED, "A resource shared by API names the gateway apiPath serving it.");
        }
        if (!isBlank(request.apiPath())) {
            routeSpace.check(request.apiPath(), occupied(ownCode));
        }
        checkFields(request.fields());
        if (request.fields().stream().noneMatch(FieldSpec::isKey)) {
            throw unprocessable(KEY_FIELD_REQUIRED, "Mark one or more fields as key.");
        }
    }

    /** The gateway paths of every other resource that is not retired. */
    private List<RouteSpace.Occupied> occupied(String ownCode) {
        return resources
                .selectList(Wrappers.lambdaQuery(DataResource.class)
                        .select(DataResource::getCode, DataResource::getApiPath)
                        .isNotNull(DataResource::getApiPath)
                        .ne(DataResource::getStatus, ResourceStatus.RETIRED.name())
                        .ne(ownCode != null, DataResource::getCode, ownCode))
                .stream()
                .map(r -> new RouteSpace.Occupied(r.getCode(), r.getApiPath()))
                .toList();
    }

    /**
     * The platform's schema rules (contracts {@link SchemaRules}): a malformed field is 400 as Bean Validation
     * answered before, a repeated code or a rule that cannot be run is 422 with its field.
     */
    private static void checkFields(List<FieldSpec> fields) {
        List<FieldViolation> problems = SchemaRules.requireWellFormed(fields);
        for (FieldViolation problem : problems) {
            String code = FieldViolation.DUPLICATE_CODE.equals(problem.rule())
                    ? FIELD_CODE_DUPLICATE
                    : FIELD_VALIDATION_INVALID;
            throw new ProblemException(
                    422,
                    code,
                    "Field " + problem.field() + ": " + problem.message() + ".",
                    Map.of("field", problem.field()));
        }
    }

    private void apply(DataResource resource, ResourceRequest request, LocalDateTime now) {
        resource.setName(request.name());
        resource.setProviderCode(request.providerCode());
        resource.setCategory(request.category().name());
        resource.setSummary(request.summary());
        resource.setFormat(request.format().name());
        resource.setShareType(request.shareType().name());
        resource.setShareCondition(blankToNull(request.shareCondition()));
        resource.setLegalBasis(blankToNull(request.legalBasis()));
        resource.setShareMethods(
                request.shareMethods().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
        resource.setOpenType(request.openType().name());
        resource.setUpdateCycle(request.updateCycle().name());
        resource.setPublishDate(request.publishDate() != null ? request.publishDate() : resource.getPublishDate());
        resource.setRelatedCodes(String.join(",", request.relatedCodes()));
        resource.setApiPath(blankToNull(request.apiPath()));
        resource.setUpdatedAt(now);
    }

    private void insertSchema(String code, int version, List<FieldSpec> fields, LocalDateTime now) {
        var schema = new ResourceSchema();
        schema.setResourceCode(code);
        schema.setVersion(version);
        schema.setFieldsJson(json.writeValueAsString(fields));
        schema.setCreatedAt(now);
        schemas.insert(schema);
    }

    private List<FieldSpec> fields(String code, int version) {
        ResourceSchema schema = schemas.selectOne(Wrappers.lambdaQuery(ResourceSchema.class)
                .eq(ResourceSchema::getResourceCode, code)
                .eq(ResourceSchema::getVersion, version));
        return json.readValue(schema.getFieldsJson(), FIELD_LIST);
    }

    private DataResource lock(String code) {
        DataResource resource = resources.selectOne(Wrappers.lambdaQuery(DataResource.class)
                .eq(DataResource::getCode, code)
                .last("FOR UPDATE"));
        if (resource == null) {
            throw notFound(code);
        }
        return resource;
    }

    private static boolean visible(Caller actor, DataResource resource) {
        return ResourceStatus.PUBLISHED.name().equals(resource.getStatus())
                || actor.readsEverything()
                || actor.belongsTo(resource.getProviderCode());
    }

    private ResourceView view(DataResource resource) {
        return view(resource, fields(resource.getCode(), resource.getCurrentVersion()), resource.getCurrentVersion());
    }

    private static ResourceView view(DataResource r, List<FieldSpec> fields, int version) {
        return new ResourceView(
                r.getCode(),
                r.getClassification(),
                r.getName(),
                r.getProviderCode(),
                ResourceCategory.valueOf(r.getCategory()),
                r.getSummary(),
                ResourceFormat.valueOf(r.getFormat()),
                List.copyOf(fields),
                ShareType.valueOf(r.getShareType()),
                r.getShareCondition(),
                r.getLegalBasis(),
                shareMethods(r),
                OpenType.valueOf(r.getOpenType()),
                UpdateCycle.valueOf(r.getUpdateCycle()),
                r.getPublishDate(),
                split(r.getRelatedCodes()),
                r.getApiPath(),
                ResourceStatus.valueOf(r.getStatus()),
                version,
                r.getCurrentVersion(),
                r.getCreatedAt().toInstant(ZoneOffset.UTC),
                r.getUpdatedAt().toInstant(ZoneOffset.UTC));
    }

    private static ResourceSummary summary(DataResource r) {
        return new ResourceSummary(
                r.getCode(),
                r.getName(),
                r.getProviderCode(),
                ResourceCategory.valueOf(r.getCategory()),
                r.getSummary(),
                ResourceFormat.valueOf(r.getFormat()),
                ShareType.valueOf(r.getShareType()),
                shareMethods(r),
                UpdateCycle.valueOf(r.getUpdateCycle()),
                r.getPublishDate(),
                r.getApiPath(),
                ResourceStatus.valueOf(r.getStatus()),
                r.getCurrentVersion());
    }

    private static Set<ShareMethod> shareMethods(DataResource r) {
        return split(r.getShareMethods()).stream()
                .map(ShareMethod::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ShareMethod.class)));
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isBlank()
                ? List.of()
                : Arrays.stream(csv.split(",")).filter(s -> !s.isBlank()).toList();
    }

    private static String escapeLike(String keyword) {
        return keyword.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return isBlank(value) ? null : value;
    }

    private static ProblemException unprocessable(String code, String detail) {
        return new ProblemException(422, code, detail);
    }

    private static ProblemException notFound(String code) {
        return ProblemException.notFound(NOT_FOUND, "No resource with code " + code + ".");
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
