package org.reportdesk.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.services.Importer;
import org.reportdesk.i18n.UserFacingException;
import org.reportdesk.model.Report;

class ReportFilesImportTest {

    @TempDir
    Path dir;

    @Test
    void readReportsImportsGbkText() throws Exception {
        Path f = dir.resolve("summary.txt");
        Files.writeString(f, "某县教育局工作总结\n一、主要工作\n开展培训3期。\n", Charset.forName("GBK"));
        Report r = Importer.readReports(f).get(0);
        assertThat(r.title()).isEqualTo("某县教育局工作总结");
        assertThat(r.sections().get(0).heading()).isEqualTo("主要工作");
    }

    @Test
    void anOldDocGetsItsOwnSentence() throws Exception {
        Path f = dir.resolve("old.doc");
        Files.write(f, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0});
        assertThatThrownBy(() -> Importer.readReports(f)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.key()).isEqualTo("import.oldDoc"));
    }

    @Test
    void otherTypesStayUnsupported() throws Exception {
        Path f = dir.resolve("table.xlsx");
        Files.write(f, new byte[] {1, 2, 3});
        assertThatThrownBy(() -> Importer.readReports(f)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.key()).isEqualTo("io.unsupportedType"));
    }
}
