package org.reportdesk.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.reportdesk.i18n.UserFacingException;

/**
 * Writes a file so that readers see either the old content or the complete new one: the bytes go
 * to a temporary file beside the target, which is then moved over it. A failure at any point
 * leaves the target untouched and removes the temporary file.
 */
public final class AtomicFiles {

    /** The writing half of an atomic write. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} atomically. Throws a {@link UserFacingException} saying what went
     * wrong: folder missing, not writable, or the file held open by another program.
     */
    public static void write(Path target, Writer writer) {
        stage(target, writer).commit();
    }

    /**
     * Writes several files, all or none: each is first written in full beside its target, and only
     * when every one is written are they moved into place. A failure while writing (a full disk, a
     * missing folder) leaves every target as it was.
     */
    public static void writeAll(Map<Path, Writer> files) {
        List<Staged> staged = new ArrayList<>();
        try {
            for (Map.Entry<Path, Writer> f : files.entrySet()) {
                staged.add(stage(f.getKey(), f.getValue()));
            }
        } catch (RuntimeException e) {
            staged.forEach(Staged::discard);
            throw e;
        }
        for (int i = 0; i < staged.size(); i++) {
            try {
                staged.get(i).commit();
            } catch (RuntimeException e) {
                staged.subList(i + 1, staged.size()).forEach(Staged::discard);
                throw e;
            }
        }
    }

    /** A complete new content waiting beside its target. */
    private record Staged(Path tmp, Path target) {

        void commit() {
            try {
                keepPermissions(tmp, target);
                move(tmp, target);
            } catch (UserFacingException e) {
                discard();
                throw e;
            } catch (AccessDeniedException e) {
                discard();
                throw new UserFacingException(e, "io.targetLocked", target.toString());
            } catch (IOException | RuntimeException e) {
                discard();
                throw new UserFacingException(e, "io.writeFailed", target.toString(), String.valueOf(e.getMessage()));
            }
        }

        void discard() {
            deleteQuietly(tmp);
        }
    }

    private static Staged stage(Path target, Writer writer) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new UserFacingException("io.folderMissing", String.valueOf(dir));
        }
        if (Files.isDirectory(abs)) {
            throw new UserFacingException("io.targetIsFolder", abs.toString());
        }
        Path tmp;
        try {
            tmp = createTemporary(dir, "." + abs.getFileName() + ".");
        } catch (IOException e) {
            throw new UserFacingException(e, "io.notWritable", dir.toString());
        }
        try (OutputStream out = Files.newOutputStream(tmp)) {
            writer.writeTo(out);
        } catch (UserFacingException e) {
            deleteQuietly(tmp);
            throw e;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp);
            throw new UserFacingException(e, "io.writeFailed", abs.toString(), String.valueOf(e.getMessage()));
        }
        return new Staged(tmp, abs);
    }

    /**
     * A new empty file {@code prefix<random>.tmp} in {@code dir}. Not {@code Files.createTempFile}:
     * its SecureRandom costs ~50 ms of start-up in a one-shot CLI export, and the name needs only
     * to be unused, which creating it exclusively makes sure of.
     */
    private static Path createTemporary(Path dir, String prefix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            String unique = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
            try {
                return Files.createFile(dir.resolve(prefix + unique + ".tmp"));
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 10) {
                    throw e;
                }
            }
        }
    }

    /** Writes text as UTF-8, atomically. */
    public static void writeString(Path target, String text) {
        write(target, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static void move(Path tmp, Path target) throws IOException {
        if (Files.exists(target) && !Files.isWritable(target)) {
            throw new UserFacingException("io.targetLocked", target.toString());
        }
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (NoSuchFileException e) {
            throw e;
        } catch (FileSystemException e) {
            // Windows reports a target held open by Word or WPS as a plain FileSystemException.
            throw new UserFacingException(e, "io.targetLocked", target.toString());
        }
    }

    /**
     * A temporary file may be created owner-only; the written file should have the target's old
     * permissions, or the usual {@code rw-r--r--} for a new file, or colleagues cannot read it.
     */
    private static void keepPermissions(Path tmp, Path target) throws IOException {
        if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> perms = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, perms);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // the temporary file is hidden and harmless; nothing more to do
        }
    }
}
