package org.govexchange.catalog.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.govexchange.catalog.outbox.CatalogEvents;
import org.govexchange.contracts.audit.AuditEvent;
import org.govexchange.contracts.audit.AuditKind;
import org.govexchange.contracts.problem.ProblemException;
import org.govexchange.starter.outbox.AuditTrail;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** OAuth2 client accounts: creation, secret rotation and disabling ({@link TokenClients} answers the token side). */
@Service
public class AccountService {

    static final String CLIENT_ID_PATTERN = "[a-z0-9][a-z0-9._-]{2,63}";

    public static final String ACCOUNT_NOT_FOUND = "ACCOUNT_NOT_FOUND";
    public static final String ACCOUNT_EXISTS = "ACCOUNT_EXISTS";
    public static final String ROLE_CONFLICT = "ROLE_CONFLICT";
    public static final String DEPARTMENT_REQUIRED = "DEPARTMENT_REQUIRED";
    public static final String DEPARTMENT_NOT_FOUND = "DEPARTMENT_NOT_FOUND";
    public static final String BOOTSTRAP_ACCOUNT = "BOOTSTRAP_ACCOUNT";

    static final String ACTIVE = "ACTIVE";
    static final String DISABLED = "DISABLED";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<Role> PLATFORM_ROLES =
            EnumSet.of(Role.PLATFORM_ADMIN, Role.AUDITOR, Role.OPERATOR, Role.SERVICE, Role.CONSENT_ISSUER);

    private final ClientAccountMapper accounts;
    private final DepartmentDirectory departments;
    private final AuditTrail audit;
    private final CatalogEvents events;
    private final PasswordEncoder hasher;
    private final Clock clock;

    public AccountService(
            ClientAccountMapper accounts,
            DepartmentDirectory departments,
            AuditTrail audit,
            CatalogEvents events,
            PasswordEncoder hasher,
            Clock clock) {
        this.accounts = accounts;
        this.departments = departments;
        this.audit = audit;
        this.events = events;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** {@code POST /api/catalog/accounts}: platform admins only. */
    @Transactional
    public IssuedCredentials create(Caller actor, CreateAccountRequest request) {
        if (!actor.isPlatformAdmin()) {
            throw Caller.forbidden("Only a platform administrator creates accounts.");
        }
        return createAccount(
                actor, request.clientId(), Set.copyOf(request.roles()), blankToNull(request.departmentCode()));
    }

    /** A department's own account, created in the transaction that registers the department. */
    @Transactional(propagation = Propagation.MANDATORY)
    public IssuedCredentials createForDepartment(Caller actor, String clientId, Role role, String departmentCode) {
        return createAccount(actor, clientId, Set.of(role), departmentCode);
    }

    private IssuedCredentials createAccount(Caller actor, String clientId, Set<Role> roles, String departmentCode) {
        checkRoles(roles, departmentCode);
        if (accounts.selectById(clientId) != null) {
            throw ProblemException.conflict(ACCOUNT_EXISTS, "An account with client id " + clientId + " exists.");
        }
        String secret = newSecret();
        ClientAccount account = insert(actor, clientId, roles, departmentCode, secret);
        return new IssuedCredentials(clientId, secret, parseRoles(account.getRoles()), departmentCode);
    }

    /** Stores a new active account whose secret is {@code secret}, audited as created by {@code actor}. */
    private ClientAccount insert(Caller actor, String clientId, Set<Role> roles, String departmentCode, String secret) {
        LocalDateTime now = now();
        var account = new ClientAccount();
        account.setClientId(clientId);
        account.setSecretHash(hasher.encode(secret));
        account.setRoles(formatRoles(roles));
        account.setDepartmentCode(departmentCode);
        account.setStatus(ACTIVE);
        account.setSecretRotatedAt(now);
        account.setCreatedAt(now);
        account.setCreatedBy(actor.clientId());
        accounts.insert(account);
        audit.record(AuditEvent.builder(AuditKind.ACCOUNT_CREATED)
                .occurredAt(clock.instant())
                .actorClient(actor.clientId())
                .actorDept(actor.departmentCode())
                .providerDept(departmentCode)
                .operation("CREATE_ACCOUNT " + clientId + " " + account.getRoles())
                .build());
        return account;
    }

    private void checkRoles(Set<Role> roles, String departmentCode) {
        if (roles.contains(Role.AUDITOR) && roles.size() > 1) {
            // Separation of duties: whoever audits must not also be able to change what is audited.
            throw new ProblemException(422, ROLE_CONFLICT, "AUDITOR cannot be combined with another role.");
        }
        boolean departmental = roles.stream().anyMatch(Role::departmental);
        boolean platform = roles.stream().anyMatch(PLATFORM_ROLES::contains);
        if (departmental && platform) {
            throw new ProblemException(
                    422, ROLE_CONFLICT, "Department roles and platform roles cannot be held by one account.");
        }
        if (departmental && departmentCode == null) {
            throw new ProblemException(422, DEPARTMENT_REQUIRED, "DEPT_ADMIN and DEPT_SYSTEM need a departmentCode.");
        }
        if (platform && departmentCode != null) {
            throw new ProblemException(
                    422,
                    ROLE_CONFLICT,
                    "PLATFORM_ADMIN, AUDITOR, OPERATOR, SERVICE and CONSENT_ISSUER are not bound to a department.");
        }
        if (departmentCode != null && departments.state(departmentCode).isEmpty()) {
            throw new ProblemException(422, DEPARTMENT_NOT_FOUND, "No department with code " + departmentCode + ".");
        }
    }

    /**
     * Issues a new secret. Allowed to platform admins, to the admin of the account's department and to the
     * client itself. Tokens issued before are revoked ({@link RevokedClient#EVENT}).
     */
    @Transactional
    public IssuedCredentials rotateSecret(Caller actor, String clientId) {
        ClientAccount account = requireManageable(actor, clientId);
        String secret = newSecret();
        setSecret(actor, account, secret, "ROTATE_SECRET ");
        return new IssuedCredentials(clientId, secret, parseRoles(account.getRoles()), account.getDepartmentCode());
    }

    /**
     * Disables the client for good: its secret is replaced by one nobody knows, the token endpoint no longer
     * knows it, and its tokens are revoked. Same permissions as a rotation.
     */
    @Transactional
    public AccountView disable(Caller actor, String clientId) {
        ClientAccount account = requireManageable(actor, clientId);
        if (DISABLED.equals(account.getStatus())) {
            return AccountView.of(account);
        }
        account.setStatus(DISABLED);
        setSecret(actor, account, newSecret(), "DISABLE_ACCOUNT ");
        return AccountView.of(account);
    }

    private ClientAccount requireManageable(Caller actor, String clientId) {
        ClientAccount account = require(clientId);
        if (!actor.isPlatformAdmin() && !ownOrDepartments(actor, account)) {
            throw Caller.forbidden("You may change only your own account or, as DEPT_ADMIN, your department's.");
        }
        if (IdentityProperties.ADMIN_CLIENT_ID.equals(clientId)) {
            throw ProblemException.conflict(
                    BOOTSTRAP_ACCOUNT,
                    "The secret of gx-admin comes from GX_ADMIN_SECRET: change it there and restart.");
        }
        return account;
    }

    /** A new secret hash, audited; every token issued before now is revoked. */
    private void setSecret(Caller actor, ClientAccount account, String secret, String operation) {
        Instant now = clock.instant();
        // Whole seconds: a token's iat is, so one issued with the new secret in this same second stays valid.
        Instant notBefore = now.truncatedTo(ChronoUnit.SECONDS);
        account.setSecretHash(hasher.encode(secret));
        account.setSecretRotatedAt(now());
        account.setTokensNotBefore(LocalDateTime.ofInstant(notBefore, ZoneOffset.UTC));
        accounts.updateById(account);
        audit.record(AuditEvent.builder(AuditKind.SECRET_ROTATED)
                .occurredAt(now)
                .actorClient(actor.clientId())
                .actorDept(actor.departmentCode())
                .providerDept(account.getDepartmentCode())
                .operation(operation + account.getClientId())
                .build());
        events.publishCatalogEvent(
                RevokedClient.EVENT,
                account.getClientId(),
                account.getClientId(),
                new RevokedClient(account.getClientId(), account.getDepartmentCode(), notBefore));
    }

    @Transactional(readOnly = true)
    public AccountView find(Caller actor, String clientId) {
        ClientAccount account = require(clientId);
        if (!actor.readsEverything() && !ownOrDepartments(actor, account)) {
            throw Caller.forbidden("You may see only your own account or, as DEPT_ADMIN, your department's.");
        }
        return AccountView.of(account);
    }

    /**
     * Creates or updates an account so that {@code secret} works, for the bootstrap admin and demo data.
     * Leaves an account alone when the secret already matches, so restarts do not rotate anything.
     *
     * @return true when the account was created or its secret changed
     */
    @Transactional
    public boolean ensure(Caller actor, String clientId, Set<Role> roles, String departmentCode, String secret) {
        ClientAccount account = accounts.selectById(clientId);
        if (account == null) {
            checkRoles(roles, departmentCode);
            insert(actor, clientId, roles, departmentCode, secret);
            return true;
        }
        if (!hasher.matches(secret, account.getSecretHash())) {
            setSecret(actor, account, secret, "ROTATE_SECRET ");
            return true;
        }
        return false;
    }

    /** Whether {@code secret} is the current secret of an existing account. */
    @Transactional(readOnly = true)
    public boolean secretMatches(String clientId, String secret) {
        ClientAccount account = accounts.selectById(clientId);
        return account != null && secret != null && hasher.matches(secret, account.getSecretHash());
    }

    /** The caller's own account, or one of the department it administers. */
    private static boolean ownOrDepartments(Caller actor, ClientAccount account) {
        return actor.clientId().equals(account.getClientId())
                || (account.getDepartmentCode() != null && actor.isAdminOf(account.getDepartmentCode()));
    }

    private ClientAccount require(String clientId) {
        ClientAccount account = accounts.selectById(clientId);
        if (account == null) {
            throw ProblemException.notFound(ACCOUNT_NOT_FOUND, "No account with client id " + clientId + ".");
        }
        return account;
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** 256 random bits, URL-safe so it needs no escaping in HTTP Basic credentials. */
    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String formatRoles(Set<Role> roles) {
        return EnumSet.copyOf(roles).stream().map(Role::name).collect(Collectors.joining(","));
    }

    static List<Role> parseRoles(String roles) {
        return Arrays.stream(roles.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(Role::valueOf)
                .toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
