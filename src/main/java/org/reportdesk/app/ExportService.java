package org.reportdesk.app;

import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.reportdesk.model.Report;

/**
 * What the UI needs of the Word export: the names of the export profiles to offer, and the export
 * itself (blocking: call it through the {@link TaskExecutor}). Failures are
 * {@link org.reportdesk.i18n.UserFacingException}s; a failed export leaves the target untouched.
 */
public interface ExportService {

    /** Profile names, the standard one first. */
    List<String> profileNames();

    /** The human-readable ways the named profile differs from the standard. */
    List<String> differencesFromStandard(String profileName);

    void export(Report report, String profileName, Path target, DoubleConsumer progress);
}
