package org.govexchange.catalog.identity;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a verified token into an authentication with one authority per role, refusing it when its client
 * was disabled or its department suspended after the token was issued, or the token predates the client's
 * revocation instant (a rotated secret).
 */
class ClientJwtAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final TokenClients accounts;

    ClientJwtAuthenticationConverter(TokenClients accounts) {
        this.accounts = accounts;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String clientId = jwt.getSubject();
        ClientAccount account = accounts.findUsable(clientId).orElse(null);
        if (account == null) {
            String dept = jwt.getClaimAsString(TokenClaims.DEPT);
            throw dept != null
                    ? new InactiveClientException(
                            InactiveClientException.DEPARTMENT_SUSPENDED,
                            "The department " + dept + " is suspended or the client " + clientId
                                    + " is no longer active.")
                    : new InactiveClientException(
                            InactiveClientException.ACCOUNT_INACTIVE,
                            "The client " + clientId + " is no longer active.");
        }
        Instant notBefore = account.getTokensNotBefore() == null
                ? null
                : account.getTokensNotBefore().toInstant(ZoneOffset.UTC);
        if (notBefore != null && (jwt.getIssuedAt() == null || jwt.getIssuedAt().isBefore(notBefore))) {
            throw new InactiveClientException(
                    InactiveClientException.TOKEN_REVOKED,
                    "This token of " + clientId + " was issued before its secret changed; request a new one.");
        }
        List<GrantedAuthority> authorities = TokenClaims.roles(jwt).stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList();
        return new JwtAuthenticationToken(jwt, authorities, clientId);
    }
}
