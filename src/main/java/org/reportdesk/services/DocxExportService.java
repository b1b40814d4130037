package org.reportdesk.services;

import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.reportdesk.docx.DocxExporter;
import org.reportdesk.docx.ExportProfile;
import org.reportdesk.docx.ExportProfiles;
import org.reportdesk.docx.ProfileLibrary;
import org.reportdesk.i18n.UserFacingException;
import org.reportdesk.model.Report;

/** The export service over the GB/T 9704 .docx exporter and the profile library. */
public final class DocxExportService implements ExportService {

    private final ProfileLibrary profiles;
    private final DocxExporter exporter = new DocxExporter();

    public DocxExportService(ProfileLibrary profiles) {
        this.profiles = profiles;
    }

    @Override
    public List<ExportProfile> profiles() {
        return profiles.all();
    }

    @Override
    public String displayName(String profileName) {
        return ExportProfiles.displayName(profile(profileName));
    }

    @Override
    public List<String> differencesFromStandard(String profileName) {
        return profile(profileName).differencesFrom(ExportProfile.standard());
    }

    @Override
    public void saveProfile(ExportProfile profile) {
        profiles.save(profile);
    }

    @Override
    public void deleteProfile(String profileName) {
        profiles.delete(profileName);
    }

    @Override
    public void export(Report report, String profileName, Path target, DoubleConsumer progress) {
        exporter.export(report, profile(profileName), target, progress);
    }

    private ExportProfile profile(String name) {
        return profiles.byName(name).orElseThrow(() -> new UserFacingException("export.unknownProfile", name));
    }
}
