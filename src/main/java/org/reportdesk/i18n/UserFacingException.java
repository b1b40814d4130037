package org.reportdesk.i18n;

/**
 * A failure the user can understand and act on. Carries a message key, so the UI and the CLI
 * both show one sentence in the user's language and never a stack trace.
 */
public class UserFacingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] args;

    public UserFacingException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
    }

    public UserFacingException(Throwable cause, String key, Object... args) {
        super(key, cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    /** The sentence in the current language. */
    @Override
    public String getLocalizedMessage() {
        return Messages.get(key, args);
    }

    @Override
    public String getMessage() {
        return getLocalizedMessage();
    }
}
