package org.reportdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationBackupTest {

    @TempDir
    Path dir;

    @Test
    void anOlderDatabaseIsCopiedBeforeItsSchemaIsUpgraded() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(Database.fileUrl(dir));
        ds.setUser("sa");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("2").load().migrate();
        try (Connection c = DriverManager.getConnection(Database.fileUrl(dir), "sa", "")) {
            c.createStatement().execute("SHUTDOWN");
        }
        Database.open(dir).close();
        List<Path> copies;
        try (Stream<Path> s = Files.list(dir.resolve("backups"))) {
            copies = s.toList();
        }
        assertThat(copies).singleElement().satisfies(p ->
                assertThat(p.getFileName().toString()).startsWith("reportdesk-before-v3-").endsWith(".mv.db"));

        Database.open(dir).close();
        try (Stream<Path> s = Files.list(dir.resolve("backups"))) {
            assertThat(s.count()).as("no copy when nothing is pending").isEqualTo(1);
        }
    }

    @Test
    void aNewDatabaseIsNotCopied() {
        Database.open(dir).close();
        assertThat(dir.resolve("backups")).doesNotExist();
    }
}
