package org.govexchange.catalog.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(
        name = "accounts",
        description = "账户 Accounts and their OAuth2 client credentials (client id and secret for /oauth2/token).")
@RestController
@RequestMapping("/api/catalog/accounts")
class AccountController {

    private final AccountService accounts;

    AccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    /** Creates a client; the response is the only time its secret is shown. */
    @Operation(
            summary = "Create an account",
            description =
                    "Creates an account with roles (and a department for department roles); answers its client id and secret, shown once.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    IssuedCredentials create(Caller caller, @Valid @RequestBody CreateAccountRequest request) {
        return accounts.create(caller, request);
    }

    @Operation(summary = "Get an account", description = "One account by client id, without its secret.")
    @GetMapping("/{clientId}")
    AccountView get(Caller caller, @PathVariable String clientId) {
        return accounts.find(caller, clientId);
    }

    /** Disables the client: no new tokens, and those it holds are revoked. */
    @Operation(summary = "Disable an account", description = "Disables the account; its tokens are revoked.")
    @PostMapping("/{clientId}/disable")
    AccountView disable(Caller caller, @PathVariable String clientId) {
        return accounts.disable(caller, clientId);
    }

    /** Issues a new secret (shown once); the old one and every token issued before stop working at once. */
    @Operation(
            summary = "Rotate an account's secret",
            description = "Issues a new client secret (shown once); tokens issued before are revoked.")
    @PostMapping("/{clientId}/rotate-secret")
    IssuedCredentials rotate(Caller caller, @PathVariable String clientId) {
        return accounts.rotateSecret(caller, clientId);
    }
}
