package org.reportdesk.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Random;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.ui.main.MainViewModel;

/**
 * Applies scripted edits through the view models at random intervals, for the crash-recovery
 * harness: started when {@code -Dreportdesk.editScript=FILE} is given, it appends
 * "edit N applied at MILLIS" to {@code -Dreportdesk.editLog=FILE} after each edit. Script lines:
 * {@code new TITLE}, {@code section HEADING} (a new section after the selected one),
 * {@code body TEXT} (a paragraph appended to the shown section).
 */
public final class EditScriptRunner {

    public static final String SCRIPT = "reportdesk.editScript";
    public static final String LOG = "reportdesk.editLog";
    public static final String SEED = "reportdesk.editSeed";

    private final MainViewModel vm;
    private final List<String> lines;
    private final PrintWriter log;
    private final Random random;
    private int next;

    private EditScriptRunner(MainViewModel vm, List<String> lines, PrintWriter log, long seed) {
        this.vm = vm;
        this.lines = lines;
        this.log = log;
        this.random = new Random(seed);
    }

    /** Starts the script named by the system property, if any. */
    /** Starts the edit script named by the system property, if any; true when one runs. */
    public static boolean startIfAsked(MainViewModel vm) {
        String script = System.getProperty(SCRIPT);
        if (script == null || script.isBlank()) {
            return false;
        }
        try {
            List<String> lines = Files.readAllLines(Path.of(script), StandardCharsets.UTF_8);
            PrintWriter log = new PrintWriter(Files.newBufferedWriter(Path.of(System.getProperty(LOG, script + ".log")),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND));
            new EditScriptRunner(vm, lines, log, Long.getLong(SEED, 1L)).step();
            return true;
        } catch (IOException e) {
            throw new IllegalStateException("edit script unreadable: " + script, e);
        }
    }

    private void step() {
        if (next >= lines.size()) {
            log.println("script done");
            log.flush();
            return;
        }
        apply(lines.get(next));
        log.println("edit " + next + " applied at " + System.currentTimeMillis());
        log.flush();
        next++;
        PauseTransition pause = new PauseTransition(Duration.millis(20 + random.nextInt(280)));
        pause.setOnFinished(e -> step());
        pause.play();
    }

    private void apply(String line) {
        int space = line.indexOf(' ');
        String op = space < 0 ? line : line.substring(0, space);
        String arg = space < 0 ? "" : line.substring(space + 1);
        switch (op) {
            case "new" -> {
                Report r = new Report();
                r.setTitle(arg);
                vm.openNew(r);
            }
            case "section" -> {
                vm.outline().addSibling();
                vm.editor().headingProperty().set(arg);
            }
            case "body" -> {
                String before = vm.editor().body().plainText();
                vm.editor().bodyEdited(RichText.ofPlain(before.isEmpty() ? arg : before + "\n" + arg));
            }
            default -> throw new IllegalArgumentException("unknown edit: " + line);
        }
    }
}
