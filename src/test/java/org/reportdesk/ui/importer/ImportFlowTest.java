package org.reportdesk.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reportdesk.testing.Fixtures;

/** A file that cannot be imported gives one sentence and no preview; the busy flag is released. */
class ImportFlowTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "旧报告.doc|D0CF11E0A1B11AE1|旧版 Word",
        "坏文件.docx|504B0304FFFF|已损坏",
        "乱码.txt|000102030405060708090A0B0C0D0E0F00000000|不是文本文件",
        "空文件.docx||已损坏",
        "空白.txt|20200A0D0A|没有可导入的文字",
        "截断.docx|504B030414000800080000002100|已损坏",
        "表格.pdf|255044462D312E37|不支持",
    })
    void badInputShowsOneSentenceAndImportsNothing(String name, String hex, String expected) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, java.util.HexFormat.of().parseHex(hex == null ? "" : hex));
        List<String> errors = new ArrayList<>();
        List<Object> opened = new ArrayList<>();
        SimpleBooleanProperty busy = new SimpleBooleanProperty();

        new ImportFlow(Fixtures.direct(dir), null, opened::add, m -> { }, errors::add, busy)
                .start(ImportSource.file(f), name);

        assertThat(errors).singleElement().asString().contains(expected).contains(name);
        assertThat(opened).isEmpty();
        assertThat(busy.get()).isFalse();
    }

    @Test
    void aFileBeyondTheReportLimitsShowsOneSentenceAndStoresNothing() throws IOException {
        Path f = dir.resolve("合集.txt");
        Files.writeString(f, org.reportdesk.testing.LargeInputs.headings(org.reportdesk.io.ReportLimits.MAX_SECTIONS + 1));
        List<String> errors = new ArrayList<>();
        List<Object> opened = new ArrayList<>();
        var services = Fixtures.direct(dir);

        new ImportFlow(services, null, opened::add, m -> { }, errors::add, new SimpleBooleanProperty())
                .start(ImportSource.file(f), "合集.txt");

        assertThat(errors).singleElement().asString().contains("5,000").contains("合集.txt");
        assertThat(opened).isEmpty();
        assertThat(services.reports().list()).isEmpty();
    }
}
