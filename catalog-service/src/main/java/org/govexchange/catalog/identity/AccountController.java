package org.govexchange.catalog.identity;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/catalog/accounts")
class AccountController {

    private final AccountService accounts;

    AccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    /** Creates a client; the response is the only time its secret is shown. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    IssuedCredentials create(Caller caller, @Valid @RequestBody CreateAccountRequest request) {
        return accounts.create(caller, request);
    }

    @GetMapping("/{clientId}")
    AccountView get(Caller caller, @PathVariable String clientId) {
        return accounts.find(caller, clientId);
    }

    /** Disables the client: no new tokens, and those it holds are revoked. */
    @PostMapping("/{clientId}/disable")
    AccountView disable(Caller caller, @PathVariable String clientId) {
        return accounts.disable(caller, clientId);
    }

    /** Issues a new secret (shown once); the old one and every token issued before stop working at once. */
    @PostMapping("/{clientId}/rotate-secret")
    IssuedCredentials rotate(Caller caller, @PathVariable String clientId) {
        return accounts.rotateSecret(caller, clientId);
    }
}
