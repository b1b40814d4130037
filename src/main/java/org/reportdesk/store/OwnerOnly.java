package org.reportdesk.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The data folder and the database are the user's alone. On POSIX file systems the folder is made
 * {@code rwx------} and its files {@code rw-------}. Where the file system has ACLs instead
 * (Windows, NTFS) the folder and each file get one entry: the owner, allowed everything (on the
 * folder inherited by what is made in it) — what the JDK offers there. An existing folder is
 * tightened on the next start. Failures (a share, a folder owned by someone else) are ignored:
 * the data still works.
 */
public final class OwnerOnly {

    private static final Set<String> VIEWS = FileSystems.getDefault().supportedFileAttributeViews();
    private static final boolean POSIX = VIEWS.contains("posix");
    private static final boolean ACL = !POSIX && VIEWS.contains("acl");
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
        } else if (ACL) {
            restrictAcl(dir, true);
        }
        return dir;
    }

    /** Makes an existing file owner-only; a file that is gone or not ours is left as it is. */
    public static void file(Path file) {
        if (POSIX && Files.isRegularFile(file)) {
            restrict(file, FILE);
        } else if (ACL && Files.isRegularFile(file)) {
            restrictAcl(file, false);
        }
    }

    private static void restrict(Path p, Set<PosixFilePermission> perms) {
        try {
            Files.setPosixFilePermissions(p, perms);
        } catch (IOException | UnsupportedOperationException e) {
            // a folder on a share or owned by another user: the data still works
        }
    }

    private static void restrictAcl(Path p, boolean directory) {
        AclFileAttributeView view = Files.getFileAttributeView(p, AclFileAttributeView.class);
        if (view == null) {
            return;
        }
        try {
            restrictAcl(view, directory);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // as above
        }
    }

    /** Replaces the ACL by a single entry: the owner may do everything; nobody else is named, so nobody else may. */
    static void restrictAcl(AclFileAttributeView view, boolean directory) throws IOException {
        AclEntry.Builder owner = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(view.getOwner())
                .setPermissions(EnumSet.allOf(AclEntryPermission.class));
        if (directory) {
            owner.setFlags(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT);
        }
        List<AclEntry> wanted = List.of(owner.build());
        if (!wanted.equals(view.getAcl())) {
            view.setAcl(wanted);
        }
    }
}
