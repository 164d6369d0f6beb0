package org.govexchange.certificate.matter;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.govexchange.certificate.certificate.CertificateAccess;
import org.govexchange.certificate.certificate.CertificateStatus;
import org.govexchange.certificate.certificate.HeldCertificate;
import org.govexchange.certificate.consent.ConsentGrant;
import org.govexchange.certificate.consent.ConsentService;
import org.govexchange.certificate.type.CertificateTypeService;
import org.govexchange.certificate.type.RegisteredType;
import org.govexchange.certificate.usage.UsageAction;
import org.govexchange.certificate.usage.UsageActor;
import org.govexchange.contracts.problem.ProblemCodes;
import org.govexchange.contracts.problem.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Matters (事项) and material reuse (免提交): which required materials a holder's certificates already cover. */
@Service
public class MatterService {

    public static final String NOT_FOUND = "MATTER_NOT_FOUND";
    public static final String EXISTS = "MATTER_EXISTS";

    /** When no certificate is valid, the one to report: the closest to usable first. */
    private static final List<CertificateStatus> FALLBACK_ORDER = List.of(
            CertificateStatus.NOT_YET_VALID,
            CertificateStatus.SUSPENDED,
            CertificateStatus.EXPIRED,
            CertificateStatus.REVOKED);

    private final MatterMapper matters;
    private final MatterMaterialMapper materials;
    private final CertificateTypeService types;
    private final ConsentService consents;
    private final CertificateAccess certificates;
    private final Clock clock;

    public MatterService(
            MatterMapper matters,
            MatterMaterialMapper materials,
            CertificateTypeService types,
            ConsentService consents,
            CertificateAccess certificates,
            Clock clock) {
        this.matters = matters;
        this.materials = materials;
        this.types = types;
        this.consents = consents;
        this.certificates = certificates;
        this.clock = clock;
    }

    @Transactional
    public MatterView create(MatterRequest request) {
        if (matters.selectById(request.matterCode()) != null) {
            throw ProblemException.conflict(EXISTS, "Matter " + request.matterCode() + " is configured.");
        }
        Map<String, RegisteredType> required = types.requireAll(
                request.materials().stream().map(MaterialSpec::typeCode).toList());
        if (required.size() != request.materials().size()) {
            throw new ProblemException(422, ProblemCodes.VALIDATION_FAILED, "A certificate type is listed twice.");
        }
        var matter = new Matter();
        matter.setMatterCode(request.matterCode());
        matter.setName(request.name().strip());
        matter.setCreatedAt(LocalDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC));
        matters.insert(matter);
        int position = 0;
        for (MaterialSpec spec : request.materials()) {
            var material = new MatterMaterial();
            material.setMatterCode(matter.getMatterCode());
            material.setTypeCode(spec.typeCode());
            material.setMaterialName(spec.materialName().strip());
            material.setPosition(position++);
            materials.insert(material);
        }
        return get(matter.getMatterCode());
    }

    @Transactional(readOnly = true)
    public boolean exists(String matterCode) {
        return matters.selectById(matterCode) != null;
    }

    @Transactional(readOnly = true)
    public List<MatterView> list() {
        return matters.selectList(new LambdaQueryWrapper<Matter>().orderByAsc(Matter::getMatterCode)).stream()
                .map(m -> new MatterView(m.getMatterCode(), m.getName(), specs(m.getMatterCode())))
                .toList();
    }

    @Transactional(readOnly = true)
    public MatterView get(String matterCode) {
        Matter matter = require(matterCode);
        return new MatterView(matter.getMatterCode(), matter.getName(), specs(matterCode));
    }

    /**
     * For each material the matter requires: SATISFIED by a valid certificate of the holder, or why not.
     * Takes one use of the holder's consent, which must be for the caller's department and this matter;
     * every certificate reported is recorded as used.
     */
    @Transactional
    public MaterialsAnswer materials(UsageActor actor, String matterCode, String holderId, String consentId) {
        Matter matter = require(matterCode);
        if (actor.department() == null) {
            throw new ProblemException(
                    403, ProblemCodes.FORBIDDEN, "Only a department's system checks materials for its matters.");
        }
        ConsentGrant consent = consents.use(consentId, actor.department(), holderId, matterCode);
        List<MatterMaterial> required = requiredOf(matterCode);
        Map<String, String> names =
                types.names(required.stream().map(MatterMaterial::getTypeCode).toList());
        List<String> covered = required.stream()
                .map(MatterMaterial::getTypeCode)
                .filter(consent::coversType)
                .toList();
        Map<String, List<HeldCertificate>> heldByType = certificates.held(consent.holderId(), covered).stream()
                .filter(c -> consent.certificateId() == null
                        || consent.certificateId().equals(c.id()))
                .collect(Collectors.groupingBy(HeldCertificate::typeCode));

        List<MaterialAnswer> answers = new ArrayList<>();
        for (MatterMaterial material : required) {
            String typeCode = material.getTypeCode();
            if (!consent.coversType(typeCode)) {
                answers.add(answer(material, names, MaterialStatus.NOT_COVERED, null));
                continue;
            }
            Optional<HeldCertificate> best = best(heldByType.getOrDefault(typeCode, List.of()));
            if (best.isEmpty()) {
                answers.add(answer(material, names, MaterialStatus.MISSING, null));
                continue;
            }
            HeldCertificate certificate = best.get();
            certificates.recordUse(
                    actor, UsageAction.MATERIAL_CHECK, certificate, consent.matterCode(), consent.consentId());
            MaterialStatus status = certificate.status() == CertificateStatus.VALID
                    ? MaterialStatus.SATISFIED
                    : MaterialStatus.valueOf(certificate.status().name());
            answers.add(answer(material, names, status, certificate));
        }
        return new MaterialsAnswer(
                matter.getMatterCode(),
                matter.getName(),
                consent.holderId(),
                consent.consentId(),
                consent.remainingUses(),
                answers);
    }

    /** A valid certificate if there is one (newest first), else the one closest to usable. */
    private static Optional<HeldCertificate> best(List<HeldCertificate> held) {
        Optional<HeldCertificate> valid =
                held.stream().filter(c -> c.status() == CertificateStatus.VALID).findFirst();
        if (valid.isPresent()) {
            return valid;
        }
        return held.stream().min(Comparator.comparingInt(c -> FALLBACK_ORDER.indexOf(c.status())));
    }

    private static MaterialAnswer answer(
            MatterMaterial material, Map<String, String> names, MaterialStatus status, HeldCertificate certificate) {
        return new MaterialAnswer(
                material.getTypeCode(),
                names.get(material.getTypeCode()),
                material.getMaterialName(),
                status,
                certificate == null ? null : certificate.id(),
                certificate == null ? null : certificate.validTo());
    }

    private Matter require(String matterCode) {
        Matter matter = matterCode == null || matterCode.length() > 64 ? null : matters.selectById(matterCode);
        if (matter == null) {
            throw ProblemException.notFound(NOT_FOUND, "No matter with code " + matterCode + ".");
        }
        return matter;
    }

    private List<MatterMaterial> requiredOf(String matterCode) {
        return materials.selectList(new LambdaQueryWrapper<MatterMaterial>()
                .eq(MatterMaterial::getMatterCode, matterCode)
                .orderByAsc(MatterMaterial::getPosition));
    }

    private List<MaterialSpec> specs(String matterCode) {
        return requiredOf(matterCode).stream()
                .map(m -> new MaterialSpec(m.getTypeCode(), m.getMaterialName()))
                .toList();
    }
}
