package org.reportdesk.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.i18n.UserFacingException;

class AtomicExportTest {

    @TempDir
    Path dir;

    @Test
    void exportWritesACompleteFile() throws IOException {
        Path target = dir.resolve("报告.docx");
        new DocxExporter().export(SampleReports.small(), ExportProfile.standard(), target);
        ExportedDocx d = new ExportedDocx(Files.readAllBytes(target));
        assertThat(d.parts).containsKeys("[Content_Types].xml", "word/document.xml", "word/styles.xml");
        assertThat(listing()).containsExactly("报告.docx");
    }

    @Test
    void aFailedExportLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("报告.docx");
        Files.writeString(target, "old content");
        assertThatThrownBy(() -> new DocxExporter().export(SampleReports.threePages(), ExportProfile.standard(), target, p -> {
            if (p > 0.5) {
                throw new IllegalStateException("disk full");
            }
        })).isInstanceOf(UserFacingException.class);
        assertThat(Files.readString(target)).isEqualTo("old content");
        assertThat(listing()).containsExactly("报告.docx");
    }

    @Test
    void aMissingFolderIsAUserFacingError() {
        assertThatThrownBy(() -> new DocxExporter().export(SampleReports.small(), ExportProfile.standard(),
                dir.resolve("nope/报告.docx"))).isInstanceOf(UserFacingException.class);
    }

    private java.util.List<String> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }
}
