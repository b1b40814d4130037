package org.reportdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class SchemaVersionTest {

    @Test
    void latestIsTheNewestShippedMigration() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            int newest = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max().orElseThrow();
            assertThat(SchemaVersion.LATEST).isEqualTo(newest);
        }
    }

    @Test
    void aMigratedDatabaseIsCurrentAndANewOneIsNot() {
        JdbcDataSource fresh = new JdbcDataSource();
        fresh.setURL("jdbc:h2:mem:fresh-" + UUID.randomUUID());
        assertThat(SchemaVersion.isCurrent(fresh)).isFalse();
        assertThat(SchemaVersion.isNew(fresh)).isTrue();

        String name = "migrated-" + UUID.randomUUID();
        try (Database db = Database.inMemory(name)) {
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL("jdbc:h2:mem:" + name);
            ds.setUser("sa");
            assertThat(SchemaVersion.isCurrent(ds)).isTrue();
            assertThat(SchemaVersion.isNew(ds)).isFalse();
            assertThat(db.location()).isEqualTo("mem:" + name);
        }
    }
}
