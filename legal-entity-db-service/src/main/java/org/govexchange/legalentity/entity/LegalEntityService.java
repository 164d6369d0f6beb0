package org.govexchange.legalentity.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.govexchange.basicdb.grant.GrantedFields;
import org.govexchange.basicdb.request.Paging;
import org.govexchange.contracts.grant.FieldProjection;
import org.govexchange.contracts.grant.GrantContext;
import org.govexchange.contracts.identifier.CreditCodes;
import org.govexchange.contracts.identifier.IdentifierViolation;
import org.govexchange.contracts.problem.ProblemException;
import org.springframework.stereotype.Service;

/** Reads of the legal-entity database on behalf of a granted department: projected, masked, nothing more. */
@Service
public class LegalEntityService {

    public static final String NOT_FOUND = "LEGAL_ENTITY_NOT_FOUND";
    public static final String NAME_QUERY_TOO_SHORT = "NAME_QUERY_TOO_SHORT";
    public static final int MAX_PAGE_SIZE = 100;

    /** Deeper pages cost a scan of everything before them; narrow the query instead. */
    public static final long MAX_OFFSET = 10_000;

    private final LegalEntityMapper entities;
    private final EntitySearch search;

    public LegalEntityService(LegalEntityMapper entities, EntitySearch search) {
        this.entities = entities;
        this.search = search;
    }

    public Map<String, Object> find(String creditCode, GrantContext grant) {
        LegalEntity entity = entities.selectById(normalize(creditCode));
        if (entity == null) {
            throw ProblemException.notFound(NOT_FOUND, "No legal entity with this credit code is registered.");
        }
        return FieldProjection.project(EntityField.record(entity), grant);
    }

    /**
     * Compares without disclosing: the answer names mismatching fields, never a stored value. Still, a match
     * confirms each compared value, so the grant must cover every one of them (the code included).
     */
    public VerifyResult verify(VerifyEntityRequest request, GrantContext grant) {
        List<String> compared = new ArrayList<>(List.of(EntityField.CREDIT_CODE.code(), EntityField.NAME.code()));
        if (request.legalRepresentative() != null) {
            compared.add(EntityField.LEGAL_REPRESENTATIVE.code());
        }
        GrantedFields.require(grant, compared, "Verifying");
        LegalEntity entity = entities.selectById(normalize(request.creditCode()));
        if (entity == null || EntityStatus.CANCELLED.name().equals(entity.getStatus())) {
            return new VerifyResult(false, List.of(EntityField.CREDIT_CODE.code()));
        }
        List<String> mismatched = new ArrayList<>();
        if (!request.name().strip().equals(entity.getName())) {
            mismatched.add(EntityField.NAME.code());
        }
        if (request.legalRepresentative() != null
                && !request.legalRepresentative().strip().equals(entity.getLegalRepresentative())) {
            mismatched.add(EntityField.LEGAL_REPRESENTATIVE.code());
        }
        return new VerifyResult(mismatched.isEmpty(), mismatched);
    }

    /** Looks up by code, so the code must be granted; each record found is projected to the grant. */
    public EntityBatchResult batch(List<String> creditCodes, GrantContext grant) {
        GrantedFields.require(grant, List.of(EntityField.CREDIT_CODE.code()), "A batch lookup by credit code");
        // normalised code -> code as requested; the first spelling of a duplicate wins
        Map<String, String> wanted = new LinkedHashMap<>();
        List<EntityBatchResult.Invalid> invalid = new ArrayList<>();
        for (String requested : creditCodes) {
            String code = upper(requested);
            var violation = CreditCodes.check(code);
            if (violation.isPresent()) {
                invalid.add(new EntityBatchResult.Invalid(
                        requested, violation.map(IdentifierViolation::code).orElseThrow()));
            } else {
                wanted.putIfAbsent(code, requested);
            }
        }
        Map<String, LegalEntity> byCode = wanted.isEmpty()
                ? Map.of()
                : entities.selectByIds(wanted.keySet()).stream()
                        .collect(Collectors.toMap(LegalEntity::getCreditCode, Function.identity()));
        List<EntityBatchResult.Found> found = new ArrayList<>();
        List<String> notFound = new ArrayList<>();
        wanted.forEach((code, requested) -> {
            LegalEntity entity = byCode.get(code);
            if (entity == null) {
                notFound.add(requested);
            } else {
                found.add(new EntityBatchResult.Found(
                        requested, FieldProjection.project(EntityField.record(entity), grant)));
            }
        });
        return new EntityBatchResult(found, notFound, invalid);
    }

    /**
     * Name search. Searching by name discloses which entities bear it, so the grant must include the
     * name (and the status, when filtering by it); the results are projected like any other read.
     */
    public SearchPage search(
            String name, EntitySearch.Match match, EntityStatus status, long page, long size, GrantContext grant) {
        String query = name == null ? "" : name.strip();
        if (query.codePointCount(0, query.length()) < 2) {
            throw ProblemException.badRequest(NAME_QUERY_TOO_SHORT, "Search for at least 2 characters of the name.");
        }
        long offset = Paging.offset(page, size, MAX_PAGE_SIZE, MAX_OFFSET);
        List<String> compared = new ArrayList<>(List.of(EntityField.NAME.code()));
        if (status != null) {
            compared.add(EntityField.STATUS.code());
        }
        GrantedFields.require(grant, compared, "Searching by name");
        String statusCode = status == null ? null : status.name();
        List<Map<String, Object>> items = search.page(match, query, statusCode, size, offset).stream()
                .map(entity -> FieldProjection.project(EntityField.record(entity), grant))
                .toList();
        long total = search.count(match, query, statusCode);
        return new SearchPage(
                page, size, Math.min(total, EntitySearch.COUNT_LIMIT), total > EntitySearch.COUNT_LIMIT, items);
    }

    /**
     * A malformed code in a request is the client's mistake: 400 with the identifier's own code
     * ({@code CREDIT_CODE_CHECKSUM}…), whatever status the shared exception carries.
     */
    static String normalize(String creditCode) {
        String code = upper(creditCode);
        CreditCodes.check(code).ifPresent(violation -> {
            throw ProblemException.badRequest(violation.code(), violation.message());
        });
        return code;
    }

    private static String upper(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }
}
