package org.reportdesk.app;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * With {@code -Dreportdesk.startupProbe=true} (or {@code REPORTDESK_STARTUP_PROBE=true}) the app measures its own start and quits: it prints
 * the milliseconds from JVM start to the first pulse after the main window is shown, the time spent
 * opening the database and bringing the library in (database, built-in templates, search index),
 * and the process CPU time; then it exits. Used by bench/startup.sh.
 */
final class StartupProbe {

    // The variable reaches an installed launcher, whose JVM options are fixed (bench/startup-vs-bare.sh).
    private static final boolean ENABLED = Boolean.getBoolean("reportdesk.startupProbe")
            || "true".equals(System.getenv("REPORTDESK_STARTUP_PROBE"));
    private static final Map<String, Long> FIGURES = new ConcurrentHashMap<>();
    private static boolean windowDone;
    private static boolean libraryDone;

    private StartupProbe() {
    }

    static boolean enabled() {
        return ENABLED;
    }

    static void record(String name, long millis) {
        if (ENABLED) {
            FIGURES.put(name, millis);
        }
    }

    /** Notes the time since JVM start under {@code name}. */
    static void mark(String name) {
        if (ENABLED) {
            FIGURES.put(name, sinceJvmStart());
        }
    }

    /** Call right after the main window is shown: the next pulse counts as interactive. */
    static void windowShown(Scene scene) {
        if (!ENABLED) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            FIGURES.put("window", sinceJvmStart());
            windowDone = true;
            maybeFinish();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** Call on the FX thread when the library is ready (or failed). */
    static void libraryReady(long startUpMillis) {
        if (!ENABLED) {
            return;
        }
        FIGURES.put("libraryStartUp", startUpMillis);
        FIGURES.put("libraryReadyAt", sinceJvmStart());
        libraryDone = true;
        maybeFinish();
    }

    private static void maybeFinish() {
        if (!windowDone || !libraryDone) {
            return;
        }
        long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
        System.out.printf("STARTUP window=%d databaseOpen=%d libraryStartUp=%d libraryReadyAt=%d cpu=%d"
                        + " main=%d servicesReady=%d fxStart=%d windowCreated=%d shown=%d%n",
                FIGURES.getOrDefault("window", -1L), FIGURES.getOrDefault("databaseOpen", -1L),
                FIGURES.get("libraryStartUp"), FIGURES.get("libraryReadyAt"), cpu, FIGURES.getOrDefault("main", -1L),
                FIGURES.getOrDefault("servicesReady", -1L), FIGURES.getOrDefault("fxStart", -1L),
                FIGURES.getOrDefault("windowCreated", -1L), FIGURES.getOrDefault("shown", -1L));
        System.out.flush();
        Platform.exit();
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
