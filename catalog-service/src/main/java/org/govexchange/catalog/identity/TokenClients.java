package org.govexchange.catalog.identity;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.govexchange.catalog.identity.DepartmentDirectory.DepartmentState;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the token endpoint and the catalog's resource server ask of the accounts: who may hold a token now,
 * an upgraded hash to keep, and whose earlier tokens are revoked. Changes go through {@link AccountService}.
 */
@Service
public class TokenClients {

    private final ClientAccountMapper accounts;
    private final DepartmentDirectory departments;

    public TokenClients(ClientAccountMapper accounts, DepartmentDirectory departments) {
        this.accounts = accounts;
        this.departments = departments;
    }

    /**
     * The account if it may hold a valid token now: it exists, is active, and its department (if any) is
     * not suspended.
     */
    @Transactional(readOnly = true)
    public Optional<ClientAccount> findUsable(String clientId) {
        ClientAccount account = accounts.selectById(clientId);
        if (account == null || !AccountService.ACTIVE.equals(account.getStatus())) {
            return Optional.empty();
        }
        if (account.getDepartmentCode() != null
                && departments.state(account.getDepartmentCode()).orElse(null) != DepartmentState.ACTIVE) {
            return Optional.empty();
        }
        return Optional.of(account);
    }

    /** Stores a re-encoded hash of the same secret (the authorization server upgrades weaker hashes). */
    @Transactional
    public void replaceHash(String clientId, String hash) {
        ClientAccount account = accounts.selectById(clientId);
        if (account != null) {
            account.setSecretHash(hash);
            accounts.updateById(account);
        }
    }

    /** Every client whose earlier tokens were revoked, with the instant before which they are dead. */
    @Transactional(readOnly = true)
    public List<RevokedClient> revokedClients() {
        return accounts
                .selectList(Wrappers.lambdaQuery(ClientAccount.class)
                        .isNotNull(ClientAccount::getTokensNotBefore)
                        .orderByAsc(ClientAccount::getClientId))
                .stream()
                .map(a -> new RevokedClient(
                        a.getClientId(),
                        a.getDepartmentCode(),
                        a.getTokensNotBefore().toInstant(ZoneOffset.UTC)))
                .toList();
    }
}
