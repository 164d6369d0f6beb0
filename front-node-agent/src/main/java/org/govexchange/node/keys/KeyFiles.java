package org.govexchange.node.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Private key files: written owner-only from the first byte, moved into place whole. */
final class KeyFiles {

    private KeyFiles() {}

    static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Writes {@code pem} to {@code file} (mode 600); refuses to replace an existing file unless {@code replace}. */
    static void writePrivate(Path file, String pem, boolean replace) throws IOException {
        Path target = file.toAbsolutePath();
        if (!replace && Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path temporary = posix()
                ? Files.createTempFile(
                        dir,
                        ".node-key",
                        ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(dir, ".node-key", ".tmp");
        try {
            Files.writeString(temporary, pem, StandardCharsets.US_ASCII);
            if (replace) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.move(temporary, target);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Whether someone other than the owner may read the file. */
    static boolean readableByOthers(Path file) throws IOException {
        if (!posix()) {
            return false;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        return permissions.contains(PosixFilePermission.GROUP_READ)
                || permissions.contains(PosixFilePermission.OTHERS_READ);
    }
}
