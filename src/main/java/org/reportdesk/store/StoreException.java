package org.reportdesk.store;

import org.reportdesk.i18n.UserFacingException;

/** The database could not do what was asked; the message says why in the user's language. */
public class StoreException extends UserFacingException {

    private static final long serialVersionUID = 1L;

    public StoreException(String key, Object... args) {
        super(key, args);
    }

    public StoreException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}
