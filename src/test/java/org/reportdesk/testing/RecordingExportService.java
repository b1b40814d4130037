package org.reportdesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.DoubleConsumer;
import org.reportdesk.services.ExportService;
import org.reportdesk.docx.ExportProfile;
import org.reportdesk.i18n.UserFacingException;
import org.reportdesk.model.Report;

/** An export that records each call and writes a marker file; it can be told to fail. */
public final class RecordingExportService implements ExportService {

    public record Call(String title, int sections, String profile, Path target, String thread) {
    }

    public final List<Call> calls = new CopyOnWriteArrayList<>();
    public volatile boolean fail;

    public final List<ExportProfile> saved = new CopyOnWriteArrayList<>(List.of(
            ExportProfile.standard().withName("标准"), ExportProfile.standard().withName("宽松").withLineTwips(600)));

    @Override
    public List<ExportProfile> profiles() {
        return List.copyOf(saved);
    }

    @Override
    public String displayName(String profileName) {
        return profileName;
    }

    @Override
    public void saveProfile(ExportProfile profile) {
        saved.removeIf(p -> p.name().equals(profile.name()));
        saved.add(profile);
    }

    @Override
    public void deleteProfile(String profileName) {
        saved.removeIf(p -> p.name().equals(profileName));
    }

    @Override
    public List<String> differencesFromStandard(String profileName) {
        return "标准".equals(profileName) ? List.of() : List.of("正文行距 30 磅（标准为 28.95 磅）");
    }

    @Override
    public void export(Report report, String profileName, Path target, DoubleConsumer progress) {
        calls.add(new Call(report.title(), report.allSections().size(), profileName, target,
                Thread.currentThread().getName()));
        if (fail) {
            throw new UserFacingException("io.targetLocked", target.toString());
        }
        progress.accept(0.5);
        try {
            Files.writeString(target, "docx:" + report.title());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        progress.accept(1.0);
    }
}
