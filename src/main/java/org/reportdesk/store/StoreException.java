package org.reportdesk.store;

import org.reportdesk.i18n.UserFacingException;

/**
 * The database could not do what was asked; the message says why in the user's language. The
 * text of the underlying failure (H2's {@code IO Exception … [90028-232]}) never reaches the
 * message: an argument that repeats it is replaced by a plain reason ({@link FailureReason}),
 * and the details stay in the cause, for the log file.
 */
public class StoreException extends UserFacingException {

    private static final long serialVersionUID = 1L;

    public StoreException(String key, Object... args) {
        super(key, args);
    }

    public StoreException(Throwable cause, String key, Object... args) {
        super(cause, key, FailureReason.replaceRawText(cause, args));
    }
}
