package org.reportdesk.ui.autosave;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Objects;
import org.reportdesk.i18n.Messages;
import org.reportdesk.i18n.UserFacingException;
import org.reportdesk.store.Database;

/**
 * Why the report could not be stored, in the user's words: the data folder is gone, the disk is
 * full, the folder cannot be written, or another failure. H2 reports these as wrapped I/O errors,
 * so the cause chain and the folder itself are looked at.
 */
public enum StoreTrouble {
    FOLDER_GONE("store.trouble.folderGone"),
    DISK_FULL("store.trouble.diskFull"),
    NOT_WRITABLE("store.trouble.notWritable"),
    OTHER("store.trouble.other");

    private final String key;

    StoreTrouble(String key) {
        this.key = key;
    }

    /** The database file in {@code dataDir}. */
    public static Path databaseFile(Path dataDir) {
        return dataDir.resolve(Database.FILE_NAME + ".mv.db");
    }

    /**
     * What went wrong with a write into {@code dataDir} that failed with {@code failure};
     * {@code databaseThere}: the database file was in the folder when the window opened.
     */
    public static StoreTrouble of(Throwable failure, Path dataDir, boolean databaseThere) {
        if (!Files.isDirectory(dataDir) || databaseThere && !Files.exists(databaseFile(dataDir))) {
            return FOLDER_GONE;
        }
        for (Throwable c = failure; c != null; c = c.getCause()) {
            if (c instanceof UserFacingException u && u.key().equals(FOLDER_GONE.key)) {
                return FOLDER_GONE;
            }
            String m = String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("no space left") || m.contains("disk full") || m.contains("not enough space")
                    || m.contains("quota exceeded")) {
                return DISK_FULL;
            }
            if (c instanceof AccessDeniedException || m.contains("permission denied") || m.contains("read only")
                    || m.contains("read-only") || m.contains("access is denied")) {
                return NOT_WRITABLE;
            }
            if (c instanceof IOException && !Files.isWritable(dataDir)) {
                return NOT_WRITABLE;
            }
        }
        return Files.isWritable(dataDir) ? OTHER : NOT_WRITABLE;
    }

    /** One sentence for the user: what happened, that the edits are still in the window. */
    public String sentence(Path dataDir, String detail) {
        return Messages.get(key, dataDir.toString(), detail);
    }

    /**
     * The check autosave runs after each write: the folder or database file was deleted or moved —
     * or deleted and made anew (a second start on the same path creates a new database there while
     * this process still writes into the unlinked old file), so the file must be the very one that
     * was there when the check was made: same file key (device and inode), or where the platform
     * has none, same creation time.
     */
    public static Runnable folderCheck(Path dataDir) {
        Path file = databaseFile(dataDir);
        Object identity = identity(file);
        return () -> {
            if (!Files.exists(file) || !Objects.equals(identity, identity(file))) {
                throw new UserFacingException(FOLDER_GONE.key, dataDir.toString(), "");
            }
        };
    }

    private static Object identity(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.fileKey() != null ? a.fileKey() : a.creationTime();
        } catch (IOException e) {
            return null;
        }
    }
}
