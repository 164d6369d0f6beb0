package org.govexchange.certificate.type;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.govexchange.contracts.identifier.CreditCodes;
import org.govexchange.contracts.identifier.IdentifierViolation;
import org.govexchange.contracts.problem.ProblemException;
import org.govexchange.contracts.schema.FieldSpec;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Certificate types (证照类型): registered by the platform administrator, read by everyone else. */
@Service
public class CertificateTypeService {

    public static final String NOT_FOUND = "CERTIFICATE_TYPE_NOT_FOUND";
    public static final String EXISTS = "CERTIFICATE_TYPE_EXISTS";
    public static final String CODE_INVALID = "CERTIFICATE_TYPE_CODE_INVALID";

    private final CertificateTypeMapper types;
    private final CertificateTypeIssuerMapper issuers;
    private final JsonMapper json;
    private final Clock clock;

    public CertificateTypeService(
            CertificateTypeMapper types, CertificateTypeIssuerMapper issuers, JsonMapper json, Clock clock) {
        this.types = types;
        this.issuers = issuers;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public CertificateTypeView register(String actor, CertificateTypeRequest request) {
        requireTypeCode(request.typeCode());
        DataSchema.requireConsistent(request.fields());
        Set<String> issuerCodes = issuerCodes(request.issuerDepartments());
        if (types.selectById(request.typeCode()) != null) {
            throw ProblemException.conflict(EXISTS, "Certificate type " + request.typeCode() + " is registered.");
        }
        var type = new CertificateType();
        type.setTypeCode(request.typeCode());
        type.setName(request.name().strip());
        type.setHolderKind(request.holderKind().name());
        type.setFieldSchema(json.writeValueAsString(request.fields()));
        type.setValidityDays(request.validityDays());
        type.setCreatedAt(LocalDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC));
        type.setCreatedBy(actor);
        types.insert(type);
        issuerCodes.forEach(code -> issuers.insert(new CertificateTypeIssuer(type.getTypeCode(), code)));
        return view(type, List.copyOf(issuerCodes));
    }

    @Transactional
    public CertificateTypeView replaceIssuers(String typeCode, IssuersRequest request) {
        CertificateType type = require(typeCode);
        Set<String> issuerCodes = issuerCodes(request.issuerDepartments());
        issuers.delete(
                new LambdaQueryWrapper<CertificateTypeIssuer>().eq(CertificateTypeIssuer::getTypeCode, typeCode));
        issuerCodes.forEach(code -> issuers.insert(new CertificateTypeIssuer(typeCode, code)));
        return view(type, List.copyOf(issuerCodes));
    }

    @Transactional(readOnly = true)
    public List<CertificateTypeView> list() {
        Map<String, List<String>> issuersByType = issuers.selectList(null).stream()
                .collect(Collectors.groupingBy(
                        CertificateTypeIssuer::getTypeCode,
                        Collectors.mapping(CertificateTypeIssuer::getIssuerDept, Collectors.toList())));
        return types
                .selectList(new LambdaQueryWrapper<CertificateType>().orderByAsc(CertificateType::getTypeCode))
                .stream()
                .map(t -> view(t, issuersByType.getOrDefault(t.getTypeCode(), List.of())))
                .toList();
    }

    @Transactional(readOnly = true)
    public CertificateTypeView get(String typeCode) {
        CertificateType type = require(typeCode);
        return view(type, issuersOf(typeCode));
    }

    /** The type, for issuing and consent checks; empty when it is not registered. */
    @Transactional(readOnly = true)
    public Optional<RegisteredType> find(String typeCode) {
        if (typeCode == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(types.selectById(typeCode))
                .map(t -> new RegisteredType(
                        t.getTypeCode(),
                        t.getName(),
                        HolderKind.valueOf(t.getHolderKind()),
                        new DataSchema(fields(t)),
                        t.getValidityDays(),
                        new LinkedHashSet<>(issuersOf(t.getTypeCode()))));
    }

    /** The types with these codes; a code that is not registered is a 422 {@link #NOT_FOUND}. */
    @Transactional(readOnly = true)
    public Map<String, RegisteredType> requireAll(Collection<String> typeCodes) {
        Map<String, RegisteredType> found = new LinkedHashMap<>();
        for (String code : new LinkedHashSet<>(typeCodes)) {
            found.put(
                    code,
                    find(code)
                            .orElseThrow(() -> new ProblemException(
                                    422, NOT_FOUND, "No certificate type with code " + code + " is registered.")));
        }
        return found;
    }

    /** Names of the given types, for answers that list them. */
    @Transactional(readOnly = true)
    public Map<String, String> names(Collection<String> typeCodes) {
        if (typeCodes.isEmpty()) {
            return Map.of();
        }
        return types.selectBatchIds(typeCodes).stream()
                .collect(Collectors.toMap(CertificateType::getTypeCode, CertificateType::getName, (a, b) -> a));
    }

    private CertificateType require(String typeCode) {
        CertificateType type = typeCode == null ? null : types.selectById(typeCode);
        if (type == null) {
            throw ProblemException.notFound(NOT_FOUND, "No certificate type with code " + typeCode + ".");
        }
        return type;
    }

    private List<String> issuersOf(String typeCode) {
        return issuers
                .selectList(new LambdaQueryWrapper<CertificateTypeIssuer>()
                        .eq(CertificateTypeIssuer::getTypeCode, typeCode)
                        .orderByAsc(CertificateTypeIssuer::getIssuerDept))
                .stream()
                .map(CertificateTypeIssuer::getIssuerDept)
                .toList();
    }

    private List<FieldSpec> fields(CertificateType type) {
        return List.of(json.readValue(type.getFieldSchema(), FieldSpec[].class));
    }

    private CertificateTypeView view(CertificateType type, List<String> issuerCodes) {
        HolderKind kind = HolderKind.valueOf(type.getHolderKind());
        return new CertificateTypeView(
                type.getTypeCode(),
                type.getName(),
                kind,
                kind.idType(),
                fields(type),
                type.getValidityDays(),
                issuerCodes,
                type.getCreatedAt().toInstant(ZoneOffset.UTC));
    }

    /** Credit code of the defining authority (18) followed by a 3-digit sequence. */
    private static void requireTypeCode(String typeCode) {
        if (typeCode.length() != CreditCodes.LENGTH + 3
                || !typeCode.substring(CreditCodes.LENGTH).chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new ProblemException(
                    422,
                    CODE_INVALID,
                    "A type code is the defining authority's 18-character credit code followed by a 3-digit"
                            + " sequence, e.g. 11100000000013338W011.");
        }
        Optional<IdentifierViolation> violation = CreditCodes.check(typeCode.substring(0, CreditCodes.LENGTH));
        if (violation.isPresent()) {
            throw new ProblemException(
                    422,
                    CODE_INVALID,
                    "The first 18 characters of the type code are not a valid credit code: "
                            + violation.get().message());
        }
    }

    private static Set<String> issuerCodes(List<String> codes) {
        return codes.stream()
                .map(String::strip)
                .map(CreditCodes::requireValid)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
