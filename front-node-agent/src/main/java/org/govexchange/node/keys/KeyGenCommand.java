package org.govexchange.node.keys;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.security.KeyPair;
import org.govexchange.contracts.exchange.EnvelopeKeys;
import org.govexchange.contracts.exchange.SignatureAlgorithm;

/**
 * {@code java -jar front-node-agent.jar keygen [--alg=Ed25519|SM2] --out=key.pem [--force]}: writes a new private
 * key (PKCS#8 PEM, owner-only) and prints its public key PEM on standard output, to register in the catalog.
 * The key id and the next step go to standard error, so the output can be piped straight into a file.
 */
public final class KeyGenCommand {

    public static final String NAME = "keygen";

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private static final String HELP =
            "usage: java -jar front-node-agent.jar keygen [--alg=Ed25519|SM2] --out=<private-key.pem> [--force]";

    private KeyGenCommand() {}

    /** Runs the command; {@code args[0]} is "keygen". Returns the process exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        SignatureAlgorithm alg = SignatureAlgorithm.ED25519;
        Path file = null;
        boolean force = false;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            try {
                if (arg.startsWith("--alg=")) {
                    alg = SignatureAlgorithm.parse(arg.substring("--alg=".length()));
                } else if (arg.startsWith("--out=") && arg.length() > "--out=".length()) {
                    file = Path.of(arg.substring("--out=".length()));
                } else if (arg.equals("--force")) {
                    force = true;
                } else if (arg.equals("--help") || arg.equals("-h")) {
                    out.println(HELP);
                    return OK;
                } else {
                    err.println("unknown argument: " + arg);
                    err.println(HELP);
                    return USAGE;
                }
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                err.println(HELP);
                return USAGE;
            }
        }
        if (file == null) {
            err.println("--out is required");
            err.println(HELP);
            return USAGE;
        }
        KeyPair pair = EnvelopeKeys.generate(alg);
        try {
            KeyFiles.writePrivate(file, EnvelopeKeys.privateKeyPem(pair.getPrivate()), force);
        } catch (FileAlreadyExistsException e) {
            err.println(file + " exists; keep it, or pass --force to replace it (the old key stops working once "
                    + "the catalog's rotation overlap ends)");
            return FAILED;
        } catch (IOException e) {
            err.println("cannot write " + file + ": " + e);
            return FAILED;
        }
        out.print(EnvelopeKeys.publicKeyPem(pair.getPublic()));
        out.flush();
        err.println("wrote the " + alg.envelopeName() + " private key to " + file.toAbsolutePath() + " (owner-only)");
        err.println("key id " + EnvelopeKeys.keyId(pair.getPublic()) + "; register the public key above: "
                + "POST /api/catalog/departments/{code}/keys {\"alg\":\"" + alg.catalogName()
                + "\",\"publicKeyPem\":...}, or start the node with gx.node.register-key=true");
        return OK;
    }
}
