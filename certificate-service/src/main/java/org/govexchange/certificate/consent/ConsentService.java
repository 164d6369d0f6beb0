package org.govexchange.certificate.consent;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.govexchange.certificate.type.CertificateTypeService;
import org.govexchange.certificate.type.HolderKind;
import org.govexchange.certificate.type.RegisteredType;
import org.govexchange.contracts.identifier.CertificateId;
import org.govexchange.contracts.identifier.CreditCodes;
import org.govexchange.contracts.problem.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 用证授权: a holder allows one consumer department to use certificates of some types (or one certificate)
 * for one matter, for at most 30 days and a number of uses. Consumers take one use per request.
 */
@Service
public class ConsentService {

    /** 403: no consent, or one that does not allow this consumer this use; {@code reason} says which. */
    public static final String CONSENT_REQUIRED = "CONSENT_REQUIRED";

    public static final String NOT_FOUND = "CONSENT_NOT_FOUND";
    public static final String INVALID = "CONSENT_INVALID";

    /** The longest a holder's consent may run. */
    public static final Duration MAX_VALIDITY = Duration.ofDays(30);

    private final ConsentMapper consents;
    private final ConsentTypeMapper consentTypes;
    private final CertificateTypeService types;
    private final Clock clock;

    public ConsentService(
            ConsentMapper consents, ConsentTypeMapper consentTypes, CertificateTypeService types, Clock clock) {
        this.consents = consents;
        this.consentTypes = consentTypes;
        this.types = types;
        this.clock = clock;
    }

    @Transactional
    public ConsentView create(String actor, ConsentRequest request) {
        boolean byTypes = request.typeCodes() != null && !request.typeCodes().isEmpty();
        boolean byCertificate =
                request.certificateId() != null && !request.certificateId().isBlank();
        if (byTypes == byCertificate) {
            throw invalid("Give either typeCodes or certificateId (one certificate), not both and not neither.");
        }
        Set<String> typeCodes = new LinkedHashSet<>();
        String certificateId = null;
        if (byCertificate) {
            CertificateId parsed = CertificateId.parse(request.certificateId().strip());
            certificateId = parsed.toString();
            typeCodes.add(parsed.typeCode());
        } else {
            typeCodes.addAll(request.typeCodes());
        }
        Map<String, RegisteredType> covered = types.requireAll(typeCodes);
        Set<HolderKind> kinds = new LinkedHashSet<>();
        covered.values().forEach(t -> kinds.add(t.holderKind()));
        if (kinds.size() > 1) {
            throw invalid("A consent covers certificates of one holder: its types must all be for persons or all"
                    + " for organisations.");
        }
        HolderKind kind = kinds.iterator().next();
        String holderId = kind.normalize(request.holderId());
        String consumer = CreditCodes.requireValid(request.consumerDept().strip());

        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant validUntil = request.validUntil().truncatedTo(ChronoUnit.MILLIS);
        if (!validUntil.isAfter(now) || validUntil.isAfter(now.plus(MAX_VALIDITY))) {
            throw invalid("validUntil must be in the future and at most 30 days ahead.");
        }
        var consent = new Consent();
        consent.setConsentId(UUID.randomUUID().toString());
        consent.setHolderId(holderId);
        consent.setHolderKind(kind.name());
        consent.setCertificateId(certificateId);
        consent.setConsumerDept(consumer);
        consent.setMatterCode(request.matterCode());
        consent.setValidUntil(utc(validUntil));
        consent.setMaxUses(request.maxUses());
        consent.setRemainingUses(request.maxUses());
        consent.setStatus(ConsentStatus.ACTIVE.name());
        consent.setCreatedAt(utc(now));
        consent.setCreatedBy(actor);
        consents.insert(consent);
        typeCodes.forEach(code -> consentTypes.insert(new ConsentType(consent.getConsentId(), code)));
        return view(consent, new ArrayList<>(typeCodes));
    }

    @Transactional(readOnly = true)
    public List<ConsentView> list(String holderId) {
        String holder = HolderKind.lookupForm(holderId);
        return consents
                .selectList(new LambdaQueryWrapper<Consent>()
                        .eq(Consent::getHolderId, holder)
                        .orderByDesc(Consent::getCreatedAt))
                .stream()
                .map(c -> view(c, typesOf(c.getConsentId())))
                .toList();
    }

    @Transactional(readOnly = true)
    public ConsentView get(String consentId) {
        Consent consent = require(consentId);
        return view(consent, typesOf(consentId));
    }

    /** Withdraws the consent at once; withdrawing twice is harmless. */
    @Transactional
    public void withdraw(String consentId) {
        Consent consent = require(consentId);
        if (ConsentStatus.WITHDRAWN.name().equals(consent.getStatus())) {
            return;
        }
        consent.setStatus(ConsentStatus.WITHDRAWN.name());
        consent.setWithdrawnAt(utc(clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        consents.updateById(consent);
    }

    /**
     * Takes one use of {@code consentId} for {@code consumerDept} reading {@code holderId}'s certificates; in
     * the caller's transaction, so a request that fails afterwards gives the use back. Refuses with 403
     * {@link #CONSENT_REQUIRED} when there is no such consent or it does not allow this use.
     *
     * @param matterCode the matter the consumer works on, or null when any matter of the consent will do
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ConsentGrant use(String consentId, String consumerDept, String holderId, String matterCode) {
        if (consentId == null || consentId.isBlank()) {
            throw required("NONE", "Reading a holder's certificates needs the holder's consent: pass consentId.");
        }
        Consent consent = consentId.length() > 36 ? null : consents.selectById(consentId.strip());
        if (consent == null
                || !consent.getConsumerDept().equals(consumerDept)
                || (holderId != null && !consent.getHolderId().equals(HolderKind.lookupForm(holderId)))) {
            throw required("NOT_FOUND", "No consent " + consentId + " of this holder for your department.");
        }
        if (matterCode != null && !consent.getMatterCode().equals(matterCode)) {
            throw required(
                    "OTHER_MATTER",
                    "Consent " + consentId + " was given for matter " + consent.getMatterCode() + ", not " + matterCode
                            + ".");
        }
        LocalDateTime now = utc(clock.instant().truncatedTo(ChronoUnit.MILLIS));
        ConsentStatus status = effectiveStatus(consent, now);
        if (status != ConsentStatus.ACTIVE) {
            throw required(status.name(), "Consent " + consentId + " is " + status + ".");
        }
        if (consents.takeUse(consent.getConsentId(), now) == 0) {
            // Another request took the last use between the read and the update.
            throw required(ConsentStatus.EXHAUSTED.name(), "Consent " + consentId + " is EXHAUSTED.");
        }
        return new ConsentGrant(
                consent.getConsentId(),
                consent.getHolderId(),
                consent.getConsumerDept(),
                consent.getMatterCode(),
                new LinkedHashSet<>(typesOf(consent.getConsentId())),
                consent.getCertificateId(),
                consent.getRemainingUses() - 1);
    }

    private List<String> typesOf(String consentId) {
        return consentTypes
                .selectList(new LambdaQueryWrapper<ConsentType>()
                        .eq(ConsentType::getConsentId, consentId)
                        .orderByAsc(ConsentType::getTypeCode))
                .stream()
                .map(ConsentType::getTypeCode)
                .toList();
    }

    private Consent require(String consentId) {
        Consent consent = consentId == null || consentId.length() > 36 ? null : consents.selectById(consentId);
        if (consent == null) {
            throw ProblemException.notFound(NOT_FOUND, "No consent with id " + consentId + ".");
        }
        return consent;
    }

    private static ConsentStatus effectiveStatus(Consent consent, LocalDateTime now) {
        if (ConsentStatus.WITHDRAWN.name().equals(consent.getStatus())) {
            return ConsentStatus.WITHDRAWN;
        }
        if (!consent.getValidUntil().isAfter(now)) {
            return ConsentStatus.EXPIRED;
        }
        if (consent.getRemainingUses() <= 0) {
            return ConsentStatus.EXHAUSTED;
        }
        return ConsentStatus.ACTIVE;
    }

    private ConsentView view(Consent c, List<String> typeCodes) {
        return new ConsentView(
                c.getConsentId(),
                c.getHolderId(),
                c.getHolderKind(),
                typeCodes,
                c.getCertificateId(),
                c.getConsumerDept(),
                c.getMatterCode(),
                c.getValidUntil().toInstant(ZoneOffset.UTC),
                c.getMaxUses(),
                c.getRemainingUses(),
                effectiveStatus(c, utc(clock.instant())),
                c.getCreatedAt().toInstant(ZoneOffset.UTC),
                c.getCreatedBy(),
                c.getWithdrawnAt() == null ? null : c.getWithdrawnAt().toInstant(ZoneOffset.UTC));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static ProblemException invalid(String detail) {
        return new ProblemException(422, INVALID, detail);
    }

    private static ProblemException required(String reason, String detail) {
        return new ProblemException(403, CONSENT_REQUIRED, detail, Map.of("reason", reason));
    }
}
