package org.reportdesk.store;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.ReadOnlyFileSystemException;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.ErrorCode;
import org.reportdesk.i18n.Messages;

/**
 * A plain reason for a failure of the database or the file system (disk full, read-only, folder
 * gone, damaged file, else "details in the log"), shown in place of the library's own text. It
 * is turned into words when the message is shown, in the language of that moment.
 */
final class FailureReason {

    private final String key;

    private FailureReason(String key) {
        this.key = key;
    }

    /** {@code args} with every string that carries text of {@code cause} replaced by a reason. */
    static Object[] replaceRawText(Throwable cause, Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof String s && (s.equals("null") || fromCause(cause, s))) {
                out[i] = of(cause);
            }
        }
        return out;
    }

    static FailureReason of(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("no space left") || m.contains("not enough space") || m.contains("disk full")) {
                return new FailureReason("failure.diskFull");
            }
            if (t instanceof AccessDeniedException || t instanceof ReadOnlyFileSystemException || m.contains("read-only")
                    || m.contains("read only") || m.contains("permission denied")
                    || (t instanceof SQLException e && e.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY)) {
                return new FailureReason("failure.readOnly");
            }
            if (t instanceof NoSuchFileException || m.contains("no such file")) {
                return new FailureReason("failure.folderGone");
            }
            if (t instanceof SQLException e && e.getErrorCode() == ErrorCode.FILE_CORRUPTED_1) {
                return new FailureReason("failure.damaged");
            }
        }
        return new FailureReason("failure.other");
    }

    private static boolean fromCause(Throwable cause, String s) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.equals(s) || (s.length() > 8 && m.contains(s)))) {
                return true;
            }
        }
        return s.matches("(?s).*\\[\\d{5}-\\d+].*");
    }

    @Override
    public String toString() {
        return Messages.get(key);
    }
}
