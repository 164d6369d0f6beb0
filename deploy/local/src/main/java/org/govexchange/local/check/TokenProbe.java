package org.govexchange.local.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.govexchange.contracts.grant.GrantContext;
import org.govexchange.contracts.grant.Masking;
import org.govexchange.contracts.internaltoken.InternalTokenKeys;
import org.govexchange.contracts.internaltoken.InternalTokenSigner;

/**
 * Plays an insider holding the gateway's signing key for one purpose: minting an internal token for resource X, to
 * show that a service serving resource Y refuses it ({@code deploy/local/doorcheck}). Prints the token.
 *
 * <p>{@code TokenProbe <gateway private key PEM> <resource code> <consumer dept> <field>...}
 */
public final class TokenProbe {

    private TokenProbe() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: TokenProbe <gateway key PEM file> <resource code> <dept> <field>...");
            System.exit(2);
        }
        var signer = new InternalTokenSigner(
                InternalTokenKeys.readPrivateKey(Files.readString(Path.of(args[0]))), "doorcheck", Clock.systemUTC());
        List<String> fields = List.of(args).subList(3, args.length);
        Map<String, Masking> masking = new LinkedHashMap<>();
        fields.forEach(field -> masking.put(field, Masking.NONE));
        var grant = new GrantContext(
                UUID.randomUUID().toString(),
                args[2],
                "doorcheck",
                "doorcheck-grant",
                args[1],
                new LinkedHashSet<>(fields),
                masking,
                "DOORCHECK",
                null);
        System.out.println(signer.sign(grant, Duration.ofSeconds(30)));
    }
}
