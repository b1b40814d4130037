package org.reportdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;

/** The data folder's name is only ever a name; the folder and the database are the user's alone; messages stay plain. */
class DataFolderSafetyTest {

    @TempDir
    Path tmp;

    @Test
    void aFolderNamedWithASemicolonHoldsTheDatabase() {
        Path dir = tmp.resolve("报告;2025");
        long id;
        try (Database db = Database.open(dir)) {
            Report r = new Report();
            r.setTitle("2025年工作总结");
            r.root().add(new Section("一", RichText.ofPlain("正文。")));
            id = new H2ReportRepository(db).save(r).id();
        }
        assertThat(dir.resolve("reportdesk.mv.db")).isRegularFile();
        try (Database db = Database.open(dir)) {
            assertThat(new H2ReportRepository(db).load(id).title()).isEqualTo("2025年工作总结");
        }
    }

    @Test
    void settingsInAFolderNameAreNotRun() throws SQLException {
        Path dir = tmp.resolve("x;INIT=CREATE TABLE PWNED(A INT)");
        try (Database db = Database.open(dir); Connection c = db.connection();
             ResultSet rs = c.getMetaData().getTables(null, null, "PWNED", null)) {
            assertThat(rs.next()).as("INIT from the folder name ran").isFalse();
        }
        assertThat(dir.resolve("reportdesk.mv.db")).isRegularFile();
    }

    @Test
    void theDataFolderAndTheDatabaseAreOwnerOnly() throws Exception {
        Path dir = tmp.resolve("data");
        Database.open(dir).close();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("reportdesk.mv.db"))))
                .isEqualTo("rw-------");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Database.open(dir).close();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).as("tightened on the next start")
                .isEqualTo("rwx------");
    }

    @Test
    void rawDatabaseTextNeverReachesTheMessage() {
        SQLException h2 = new SQLException("IO Exception: \"/data/reportdesk.mv.db\" [90028-232]", "90028", 90028,
                new java.io.IOException("No space left on device"));
        StoreException e = new StoreException(h2, "store.writeFailed", h2.getMessage());
        assertThat(e.getLocalizedMessage()).doesNotContain("90028").doesNotContain("Exception").contains("磁盘空间已满");
        SQLException other = new SQLException("General error: \"java.lang.IllegalStateException: x\" [50000-232]");
        assertThat(new StoreException(other, "store.readFailed", other.getMessage()).getLocalizedMessage())
                .doesNotContain("50000").contains("logs");
    }
}
