package org.reportdesk.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The data folder and the database are the user's alone: on POSIX file systems the folder is
 * made {@code rwx------} and its files {@code rw-------}. Elsewhere (Windows) the user's profile
 * folder already keeps others out, and nothing is changed.
 */
public final class OwnerOnly {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /** Creates {@code dir} (and missing parents) and makes {@code dir} itself owner-only. */
    public static Path createDirectories(Path dir) throws IOException {
        boolean existed = Files.isDirectory(dir);
        Files.createDirectories(dir);
        if (POSIX && (!existed || !DIR.equals(Files.getPosixFilePermissions(dir)))) {
            restrict(dir, DIR);
        }
        return dir;
    }

    /** Makes an existing file owner-only; a file that is gone or not ours is left as it is. */
    public static void file(Path file) {
        if (POSIX && Files.isRegularFile(file)) {
            restrict(file, FILE);
        }
    }

    private static void restrict(Path p, Set<PosixFilePermission> perms) {
        try {
            Files.setPosixFilePermissions(p, perms);
        } catch (IOException | UnsupportedOperationException e) {
            // a folder on a share or owned by another user: the data still works
        }
    }
}
