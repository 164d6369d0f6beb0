package org.govexchange.catalog.identity;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Makes sure the platform admin client {@code gx-admin} exists with the secret from {@code GX_ADMIN_SECRET}.
 *
 * <p>Outside the {@code local} profile the catalog refuses to start without that secret or with the
 * documented local default: a platform whose admin password is in the README is not a platform.
 */
@Component
public class AdminBootstrap implements ApplicationRunner, Ordered {

    /** Runs before the demo data, which needs the admin. */
    public static final int ORDER = 0;

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountService accounts;
    private final String secret;

    public AdminBootstrap(AccountService accounts, IdentityProperties properties, Environment environment) {
        this.accounts = accounts;
        this.secret = properties.adminSecret();
        boolean local = environment.acceptsProfiles(Profiles.of("local"));
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("GX_ADMIN_SECRET is not set. The catalog creates its platform admin "
                    + "client 'gx-admin' with that secret: set GX_ADMIN_SECRET (or gx.catalog.identity.admin-secret) "
                    + "to a long random value and start again.");
        }
        if (!local && IdentityProperties.LOCAL_ADMIN_SECRET.equals(secret)) {
            throw new IllegalStateException("GX_ADMIN_SECRET is the documented local-stack default '"
                    + IdentityProperties.LOCAL_ADMIN_SECRET + "', which is allowed only with the 'local' profile. "
                    + "Set GX_ADMIN_SECRET to a long random value.");
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean changed = accounts.ensure(
                Caller.platform("bootstrap"),
                IdentityProperties.ADMIN_CLIENT_ID,
                Set.of(Role.PLATFORM_ADMIN),
                null,
                secret);
        if (changed) {
            log.info("platform admin client '{}' set up from GX_ADMIN_SECRET", IdentityProperties.ADMIN_CLIENT_ID);
        }
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
