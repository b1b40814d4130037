package org.reportdesk.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Starts the real app many times in a row, each start as quick as it can be: C1 only and the serial
 * GC (as {@code mvn javafx:run}), plus an AppCDS archive dumped once by a first start that quits by
 * itself ({@code -Dreportdesk.startupProbe=true}). CDS only archives classes from jars, so the
 * app's compiled classes are packed into a jar in the work folder first. Measured on the 2-core
 * machine: the app reaches its first scripted edit in about 2.5 s instead of 4 s (7.5 s with the
 * JVM defaults). If the archive cannot be made, the app starts without it.
 */
final class FastAppLauncher {

    private static final List<String> QUICK_JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto");

    private final String classPath;
    private final List<String> jvmOptions;
    private final String description;

    private FastAppLauncher(String classPath, List<String> jvmOptions, String description) {
        this.classPath = classPath;
        this.jvmOptions = jvmOptions;
        this.description = description;
    }

    /** Packs the app's classes and dumps the class archive into {@code work}. */
    static FastAppLauncher prepare(Path work) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        String classPath = jarredClassPath(work);
        Path archive = work.resolve("app.jsa");
        List<String> dump = new ArrayList<>(QUICK_JVM);
        dump.add("-XX:ArchiveClassesAtExit=" + archive);
        Path out = work.resolve("archive.out");
        Process p = AppProcess.start(dump, classPath, work.resolve("archive-data"), out,
                List.of("reportdesk.startupProbe=true"));
        boolean exited = p.waitFor(120, TimeUnit.SECONDS);
        if (!exited) {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        List<String> options = new ArrayList<>(QUICK_JVM);
        options.add("-XX:SharedArchiveFile=" + archive);
        if (exited && p.exitValue() == 0 && Files.isRegularFile(archive) && archiveMaps(options, classPath, work)) {
            return new FastAppLauncher(classPath, List.copyOf(options),
                    "C1 + serial GC + AppCDS archive (" + Files.size(archive) / (1024 * 1024) + " MB, made in " + ms + " ms)");
        }
        System.out.println("no usable AppCDS archive (the app starts without it), see " + out + " and archive-check.out");
        return new FastAppLauncher(classPath, QUICK_JVM, "C1 + serial GC, no AppCDS archive");
    }

    /** -Xshare:on makes the JVM fail instead of quietly starting without an archive that does not fit the class path. */
    private static boolean archiveMaps(List<String> options, String classPath, Path work)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(options);
        cmd.addAll(List.of("-Xshare:on", "-cp", classPath, "-version"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(work.resolve("archive-check.out").toFile())
                .start();
        return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    Process start(Path dataDir, Path output, List<String> properties) throws IOException {
        return AppProcess.start(jvmOptions, classPath, dataDir, output, properties);
    }

    String description() {
        return description;
    }

    /**
     * The test class path with the folder holding the app's classes replaced by a jar of it; other
     * folders (the test classes) are left out, the app does not need them.
     */
    private static String jarredClassPath(Path work) throws IOException {
        List<String> parts = new ArrayList<>();
        for (String entry : AppProcess.classPath().split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (!Files.isDirectory(p)) {
                parts.add(entry);
            } else if (Files.isRegularFile(p.resolve("org/reportdesk/app/Launcher.class"))) {
                Path jar = work.resolve("reportdesk-classes.jar");
                jar(p, jar);
                parts.add(0, jar.toString());
            }
        }
        return String.join(File.pathSeparator, parts);
    }

    private static void jar(Path folder, Path jar) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(folder)) {
            zip.setLevel(Deflater.BEST_SPEED);
            // Folder entries too: Flyway finds its migrations by asking the class loader for the folder.
            for (Path f : (Iterable<Path>) files.filter(f -> !f.equals(folder)).sorted()::iterator) {
                String name = folder.relativize(f).toString().replace(File.separatorChar, '/');
                boolean isFolder = Files.isDirectory(f);
                zip.putNextEntry(new ZipEntry(isFolder ? name + "/" : name));
                if (!isFolder) {
                    Files.copy(f, zip);
                }
                zip.closeEntry();
            }
        }
    }
}
