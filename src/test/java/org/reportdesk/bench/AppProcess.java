package org.reportdesk.bench;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts the real app (the jar's Launcher) as a separate, headless JVM on a data folder. */
final class AppProcess {

    private AppProcess() {
    }

    static Process start(Path dataDir, Path output, List<String> extraProperties) throws IOException {
        return start(List.of(), classPath(), dataDir, output, extraProperties);
    }

    /** As {@link #start(Path, Path, List)} with extra JVM options and another class path. */
    static Process start(List<String> jvmOptions, String classPath, Path dataDir, Path output,
                         List<String> extraProperties) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx512m");
        cmd.addAll(jvmOptions);
        cmd.add("-Dfile.encoding=UTF-8");
        for (String p : new String[] {"glass.platform=Monocle", "monocle.platform=Headless", "prism.order=sw",
            "prism.text=t2k", "java.awt.headless=true", "testfx.headless=true"}) {
            cmd.add("-D" + p);
        }
        for (String p : extraProperties) {
            cmd.add("-D" + p);
        }
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add("org.reportdesk.app.Launcher");
        cmd.add("--data-dir");
        cmd.add(dataDir.toString());
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }

    /** The test class path, whether run by surefire (java.class.path) or by exec:java (its class loader). */
    static String classPath() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        if (cl instanceof URLClassLoader u && u.getURLs().length > 1) {
            List<String> parts = new ArrayList<>();
            for (URL url : u.getURLs()) {
                try {
                    parts.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }
            return String.join(File.pathSeparator, parts);
        }
        return System.getProperty("java.class.path");
    }
}
