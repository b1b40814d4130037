package org.reportdesk.services;

import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.reportdesk.docx.ExportProfile;
import org.reportdesk.model.Report;

/**
 * What the UI needs of the Word export: the export profiles to offer and keep, and the export
 * itself (blocking: call it through the {@link TaskExecutor}). Failures are
 * {@link org.reportdesk.i18n.UserFacingException}s; a failed export leaves the target untouched.
 */
public interface ExportService {

    /** Every profile, the standard one first, then the other built-ins, then the user's own. */
    List<ExportProfile> profiles();

    /** Profile names, in the order of {@link #profiles()}. */
    default List<String> profileNames() {
        return profiles().stream().map(ExportProfile::name).toList();
    }

    /** The name to show for a profile: translated for built-ins, as saved for the user's own. */
    String displayName(String profileName);

    /** The human-readable ways the named profile differs from the standard. */
    List<String> differencesFromStandard(String profileName);

    /** Keeps a local variant under its name (not the name of a built-in). */
    void saveProfile(ExportProfile profile);

    void deleteProfile(String profileName);

    void export(Report report, String profileName, Path target, DoubleConsumer progress);
}
