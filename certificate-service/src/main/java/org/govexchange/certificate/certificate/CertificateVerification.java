package org.govexchange.certificate.certificate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.govexchange.certificate.consent.ConsentGrant;
import org.govexchange.certificate.consent.ConsentService;
import org.govexchange.certificate.type.HolderKind;
import org.govexchange.certificate.usage.UsageAction;
import org.govexchange.certificate.usage.UsageActor;
import org.govexchange.certificate.usage.UsageService;
import org.govexchange.contracts.grant.GrantContext;
import org.govexchange.contracts.identifier.CertificateId;
import org.govexchange.contracts.identifier.InvalidIdentifierException;
import org.govexchange.contracts.problem.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.node.ObjectNode;

/**
 * "Is this certificate genuine and valid now?", asked by id or with a signed document. The answer confirms that
 * an identifier exists, so it is not for anyone who asks:
 *
 * <ul>
 *   <li>the caller needs an API grant on the certificate resource that lets {@link #VERIFIED_FIELDS} out plain, or
 *       the holder's consent ({@code consentId}, one use of it) covering the certificate; otherwise 403
 *       {@value #NOT_AUTHORISED} before anything is looked up;
 *   <li>every call counts against the department's limit (429 {@code VERIFICATION_RATE_LIMITED});
 *   <li>every call is audited (CERTIFICATE_USED, ALLOWED or DENIED with its code); only an allowed verification of
 *       an existing certificate is written into the holder's usage history, so refused or unknown ids (an
 *       enumeration) leave nothing there.
 * </ul>
 */
@Service
public class CertificateVerification {

    /** 403: neither a grant covering the verified fields nor a consent was presented. */
    public static final String NOT_AUTHORISED = "VERIFICATION_NOT_AUTHORISED";

    /** What a verification reveals of the catalog resource: the grant must let these out unmasked. */
    static final List<String> VERIFIED_FIELDS = List.of("certificateId", "status", "expiryDate");

    private static final String VALID = "VALID";

    /** What authorised a verification: the stored certificate (null if unknown) and the consent used, if any. */
    private record Authorised(Certificate certificate, ConsentGrant consent) {}

    private final CertificateMapper certificates;
    private final ConsentService consents;
    private final UsageService usage;
    private final CertificateContent content;
    private final CertificateEvents events;
    private final CertificateViews views;
    private final VerificationLimiter limiter;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CertificateVerification(
            CertificateMapper certificates,
            ConsentService consents,
            UsageService usage,
            CertificateContent content,
            CertificateEvents events,
            CertificateViews views,
            VerificationLimiter limiter,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.certificates = certificates;
        this.consents = consents;
        this.usage = usage;
        this.content = content;
        this.events = events;
        this.views = views;
        this.limiter = limiter;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** The stored certificate's signature re-checked and its current status, for a caller of the gateway. */
    public VerificationResult verify(GrantContext grant, String id, String consentId) {
        UsageActor actor = UsageActor.of(grant);
        return guarded("VERIFY", id, actor, grant.resourceCode(), () -> {
            String certificateId = CertificateIds.parsePath(id).toString();
            Authorised authorised = authorise(actor, coversVerification(grant), certificateId, consentId, true);
            Certificate certificate = authorised.certificate();
            String outcome = content.check(
                    content.parse(certificate.getContentJson()), CertificateAccess.signatureOf(certificate));
            VerificationResult result = new VerificationResult(
                    certificate.getCertificateId(),
                    VALID.equals(outcome),
                    views.status(certificate),
                    certificate.getIssuerDept(),
                    certificate.getValidFrom(),
                    certificate.getValidTo(),
                    certificate.getKeyId(),
                    VALID.equals(outcome) ? null : outcome,
                    clock.instant());
            used(actor, authorised, grant.resourceCode(), "VERIFY");
            return result;
        });
    }

    /** A presented document (as exported by …/document) checked, through the gateway under a grant or consent. */
    public VerificationResult verifyDocument(GrantContext grant, CertificateDocument document, String consentId) {
        return verifyDocument(
                UsageActor.of(grant), coversVerification(grant), grant.resourceCode(), document, consentId);
    }

    /**
     * A presented document checked: a changed byte anywhere in the content, a swapped key or a forged signature makes
     * {@code signatureValid} false; the stored status is answered for a genuine one.
     *
     * @param granted whether the caller's grant covers verification (false for a Bearer caller)
     */
    public VerificationResult verifyDocument(
            UsageActor actor, boolean granted, String resourceCode, CertificateDocument document, String consentId) {
        ObjectNode presented = document.certificate();
        String claimedId = CertificateContent.text(presented, "id");
        return guarded("VERIFY_DOCUMENT", claimedId, actor, resourceCode, () -> {
            Authorised authorised = authorise(actor, granted, canonicalOrNull(claimedId), consentId, false);
            Certificate stored = authorised.certificate();
            String outcome = content.check(presented, document.signature());
            boolean genuine = VALID.equals(outcome);
            VerificationResult result = new VerificationResult(
                    claimedId,
                    genuine,
                    genuine && stored != null ? views.status(stored) : null,
                    CertificateContent.text(presented, "issuer"),
                    date(CertificateContent.text(presented, "validFrom")),
                    date(CertificateContent.text(presented, "validTo")),
                    document.signature().keyId(),
                    !genuine ? outcome : stored == null ? "UNKNOWN_CERTIFICATE" : null,
                    clock.instant());
            if (genuine && stored != null) {
                used(actor, authorised, resourceCode, "VERIFY_DOCUMENT");
            } else {
                events.auditVerification("VERIFY_DOCUMENT", display(claimedId), stored, actor, resourceCode, 200, null);
            }
            return result;
        });
    }

    /** Whether the token's grant lets out, plain, everything a verification answer reveals. */
    static boolean coversVerification(GrantContext grant) {
        return grant.grantId() != null && VERIFIED_FIELDS.stream().allMatch(grant::isPlain);
    }

    /**
     * The stored certificate the caller may verify. Under a grant an unknown id is 404 (or null when
     * {@code requireStored} is false); under a consent an unknown id and a certificate the consent does not cover
     * are the same 403, so a consent cannot probe other holders' identifiers.
     */
    private Authorised authorise(
            UsageActor actor, boolean granted, String certificateId, String consentId, boolean requireStored) {
        boolean byConsent = consentId != null && !consentId.isBlank();
        if (actor.department() == null || (!granted && !byConsent)) {
            throw new ProblemException(
                    403,
                    NOT_AUTHORISED,
                    "Verifying a certificate needs an API grant on the certificate resource covering " + VERIFIED_FIELDS
                            + " or the holder's consent (consentId).");
        }
        Certificate certificate = certificateId == null ? null : certificates.selectById(certificateId);
        if (byConsent) {
            ConsentGrant consent = consents.use(consentId, actor.department(), null, null);
            if (certificate == null
                    || !consent.holderId().equals(HolderKind.lookupForm(certificate.getHolderId()))
                    || !consent.covers(certificate.getCertificateId(), certificate.getTypeCode())) {
                // Thrown inside the transaction: the use just taken is given back.
                throw new ProblemException(
                        403,
                        ConsentService.CONSENT_REQUIRED,
                        "Consent " + consentId + " does not cover this certificate.",
                        Map.of("reason", "NOT_COVERED"));
            }
            return new Authorised(certificate, consent);
        }
        if (certificate == null && requireStored) {
            throw ProblemException.notFound(
                    CertificateService.NOT_FOUND, "No certificate with id " + certificateId + ".");
        }
        return new Authorised(certificate, null);
    }

    /** A real use: into the holder's history (with the consent's matter when one was used) and the audit log. */
    private void used(UsageActor actor, Authorised authorised, String resourceCode, String operation) {
        Certificate certificate = authorised.certificate();
        ConsentGrant consent = authorised.consent();
        usage.record(
                actor,
                UsageAction.VERIFY,
                certificate.getCertificateId(),
                certificate.getTypeCode(),
                certificate.getHolderId(),
                consent == null ? null : consent.matterCode(),
                consent == null ? null : consent.consentId());
        events.auditVerification(
                operation, certificate.getCertificateId(), certificate, actor, resourceCode, 200, null);
    }

    /**
     * Counts the call, runs it in one transaction, and audits a refusal in a transaction of its own (the refused
     * one rolls back, with any consent use it took).
     */
    private VerificationResult guarded(
            String operation, String id, UsageActor actor, String resourceCode, Supplier<VerificationResult> call) {
        try {
            limiter.acquire(actor.department() == null ? "" : actor.department());
            return transactions.execute(status -> call.get());
        } catch (ProblemException refused) {
            transactions.executeWithoutResult(status -> events.auditVerification(
                    operation, display(id), null, actor, resourceCode, refused.status(), refused.code()));
            throw refused;
        }
    }

    private static String canonicalOrNull(String id) {
        try {
            return id == null ? null : CertificateId.parse(id).toString();
        } catch (InvalidIdentifierException e) {
            return null;
        }
    }

    /** The id as the audit log shows it: a malformed one is not copied in. */
    private static String display(String id) {
        return canonicalOrNull(id) == null ? "(malformed id)" : id;
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
