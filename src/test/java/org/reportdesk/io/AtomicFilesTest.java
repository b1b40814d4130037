package org.reportdesk.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.i18n.UserFacingException;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("报告.docx");
        Files.writeString(target, "old");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half".getBytes());
            throw new IOException("disk full");
        })).isInstanceOf(UserFacingException.class).hasMessageContaining("原文件未被改动");
        assertThat(Files.readString(target)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void severalFilesAreWrittenAllOrNone() throws IOException {
        Path first = dir.resolve("汇编-1.report.json");
        Path second = dir.resolve("汇编-2.report.json");
        Path third = dir.resolve("汇编-3.report.json");
        Files.writeString(second, "old");
        java.util.Map<Path, AtomicFiles.Writer> files = new java.util.LinkedHashMap<>();
        files.put(first, out -> out.write("one".getBytes()));
        files.put(second, out -> out.write("two".getBytes()));
        files.put(third, out -> {
            throw new IOException("disk full");
        });
        assertThatThrownBy(() -> AtomicFiles.writeAll(files)).isInstanceOf(UserFacingException.class);
        try (var left = Files.list(dir)) {
            assertThat(left).as("nothing new, no temporary file").containsExactly(second);
        }
        assertThat(Files.readString(second)).isEqualTo("old");

        files.put(third, out -> out.write("three".getBytes()));
        AtomicFiles.writeAll(files);
        assertThat(Files.readString(first)).isEqualTo("one");
        assertThat(Files.readString(second)).isEqualTo("two");
        assertThat(Files.readString(third)).isEqualTo("three");
    }

    @Test
    void aMissingFolderIsOneClearSentence() {
        assertThatThrownBy(() -> AtomicFiles.writeString(dir.resolve("no/such/x.json"), "x"))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("文件夹不存在");
    }

    @Test
    void writtenFilesAreReadableByColleaguesAndKeepTheTargetsPermissions() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions only");
        Path fresh = dir.resolve("new.json");
        AtomicFiles.writeString(fresh, "{}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-r--r--");

        Path shared = dir.resolve("shared.json");
        Files.writeString(shared, "{}");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFiles.writeString(shared, "{\"a\":1}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rw-rw-r--");
        assertThat(Files.readString(shared)).isEqualTo("{\"a\":1}");
    }
}
