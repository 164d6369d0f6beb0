package org.govexchange.catalog.identity;

import java.util.List;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * Serves the authorization server's client lookups from {@code client_account}. A client of a suspended
 * department, or a disabled one, is unknown here, so the token endpoint refuses it with 401.
 */
class AccountRegisteredClientRepository implements RegisteredClientRepository {

    static final String ROLES_SETTING = "gx.roles";
    static final String DEPT_SETTING = "gx.dept";

    private final TokenClients accounts;
    private final IdentityProperties properties;

    AccountRegisteredClientRepository(TokenClients accounts, IdentityProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    /**
     * Clients are created through /api/catalog/accounts; the authorization server calls this only to store a
     * re-encoded secret hash after a successful authentication.
     */
    @Override
    public void save(RegisteredClient registeredClient) {
        if (registeredClient.getClientSecret() != null) {
            accounts.replaceHash(registeredClient.getClientId(), registeredClient.getClientSecret());
        }
    }

    @Override
    public RegisteredClient findById(String id) {
        return findByClientId(id);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return accounts.findUsable(clientId).map(this::toRegisteredClient).orElse(null);
    }

    private RegisteredClient toRegisteredClient(ClientAccount account) {
        List<String> roles = AccountService.parseRoles(account.getRoles()).stream()
                .map(Role::name)
                .toList();
        var settings = ClientSettings.builder().setting(ROLES_SETTING, roles);
        if (account.getDepartmentCode() != null) {
            settings.setting(DEPT_SETTING, account.getDepartmentCode());
        }
        return RegisteredClient.withId(account.getClientId())
                .clientId(account.getClientId())
                .clientSecret(account.getSecretHash())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientSettings(settings.build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(properties.tokenTtl())
                        .build())
                .build();
    }
}
