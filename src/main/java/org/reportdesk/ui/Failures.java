package org.reportdesk.ui;

import org.reportdesk.i18n.Messages;
import org.reportdesk.i18n.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a failure into the one sentence a user sees; unexpected ones are logged with their trace. */
public final class Failures {

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private Failures() {
    }

    public static String sentence(Throwable t) {
        Throwable c = t;
        while (c != null) {
            if (c instanceof UserFacingException u) {
                return u.getLocalizedMessage();
            }
            c = c.getCause();
        }
        LOG.error("unexpected failure", t);
        return Messages.get("ui.error.unexpected", t.getClass().getSimpleName());
    }
}
