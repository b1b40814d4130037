package org.reportdesk.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.Template;
import org.reportdesk.model.TemplateKind;
import org.reportdesk.model.TemplateSource;
import org.reportdesk.services.Importer;
import org.reportdesk.services.Services;
import org.reportdesk.services.TaskExecutor;
import org.reportdesk.text.ImportOptions;
import org.reportdesk.ui.autosave.StoreWatcher;
import org.reportdesk.ui.main.MainViewModel;
import org.reportdesk.ui.outline.OutlineNode;

/**
 * Applies scripted edits through the view models at random intervals, for the crash-recovery
 * harness: started when {@code -Dreportdesk.editScript=FILE} is given. It appends to
 * {@code -Dreportdesk.editLog=FILE}: "edit N applied at MILLIS change C" after each edit (C:
 * autosave's change count), "storing C digest D" before autosave writes the state after change C,
 * "stored C at MILLIS" once that write is done (every edit up to C is acknowledged as saved), and
 * "long N started/done/failed at MILLIS" around work in the LONG lane, "trouble T status S" when
 * a write failed (T: why, S: the status bar) and "uncaught X in THREAD (crash dialog|logged only)". Script lines: {@code new
 * TITLE}, {@code section HEADING} (after the selected section), {@code body TEXT} (a paragraph
 * appended to the shown section), {@code delete}, {@code moveup} (the selected section),
 * {@code undo}, {@code template HEADING} (a one-section template inserted after the selection),
 * {@code signature TEXT}, {@code date TEXT}, {@code long FILE} (imports FILE and exports the result
 * to FILE.docx in the LONG lane, while editing goes on).
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
    private int longWork;

    private EditScriptRunner(MainViewModel vm, List<String> lines, PrintWriter log, long seed) {
        this.vm = vm;
        this.lines = lines;
        this.log = log;
        this.random = new Random(seed);
    }

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
            EditScriptRunner runner = new EditScriptRunner(vm, lines, log, Long.getLong(SEED, 1L));
            vm.autosave().watch(new StoreWatcher() {
                @Override
                public void storing(Report copy, long change) {
                    runner.log("storing " + change + " digest " + digest(copy));
                }

                @Override
                public void stored(long change) {
                    runner.log("stored " + change + " at " + System.currentTimeMillis());
                }
            });
            // What the user is told when a write fails (the status bar), and any uncaught failure
            // (which would show the crash dialog): the disk-full harness asserts on both.
            vm.storeTroubleProperty().addListener((o, was, now) -> runner.log("trouble " + now + " status "
                    + String.valueOf(vm.saveStatusProperty().get()).replace('\n', ' ')));
            Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
            Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
                runner.log("uncaught " + e.getClass().getName() + " in " + t.getName()
                        + (CrashDialog.isDatabaseThread(t) ? " (logged only)" : " (crash dialog)"));
                if (previous != null) {
                    previous.uncaughtException(t, e);
                }
            });
            runner.step();
            return true;
        } catch (IOException e) {
            throw new IllegalStateException("edit script unreadable: " + script, e);
        }
    }

    /** What a report holds, as the harness compares it: title, 署名, 日期 and every section in order with its level. */
    public static String digest(Report r) {
        StringBuilder sb = new StringBuilder(r.title()).append('\u0001').append(r.signature()).append('\u0001')
                .append(r.date());
        for (Section s : r.allSections()) {
            sb.append('\u0002').append(s.depth()).append('\u0001').append(s.heading()).append('\u0001')
                    .append(s.body().plainText());
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private synchronized void log(String line) {
        log.println(line);
        log.flush();
    }

    private void step() {
        // A SIGTERM's flush has started on this thread: an edit applied now would not be in it.
        if (ReportDeskApp.shuttingDown) {
            return;
        }
        if (next >= lines.size()) {
            log("script done");
            return;
        }
        vm.session().startNewStep();
        apply(lines.get(next));
        log("edit " + next + " applied at " + System.currentTimeMillis() + " change " + vm.autosave().changeCount());
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
            case "delete" -> vm.outline().delete();
            case "moveup" -> vm.outline().moveUp();
            case "undo" -> vm.undo().undo();
            case "template" -> vm.insertTemplate(Template.of(null, "脚本模板", TemplateKind.MEASURE, "", List.of(), "",
                    RichText.EMPTY, List.of(new Section(arg, RichText.ofPlain("模板正文" + arg))), TemplateSource.OWN));
            case "signature" -> closing().signatureProperty().set(arg);
            case "date" -> closing().dateProperty().set(arg);
            case "long" -> startLongWork(Path.of(arg));
            default -> throw new IllegalArgumentException("unknown edit: " + line);
        }
    }

    private org.reportdesk.ui.editor.EditorViewModel closing() {
        vm.outline().selectedProperty().set(OutlineNode.CLOSING);
        return vm.editor();
    }

    /** An import and an export of its result in the LONG lane: autosave must not wait behind them. */
    private void startLongWork(Path source) {
        int n = longWork++;
        Services s = vm.services();
        log("long " + n + " started at " + System.currentTimeMillis());
        s.executor().submit(TaskExecutor.Lane.LONG, () -> {
            Report imported = new Importer().importFile(source, ImportOptions.defaults()).first();
            s.export().export(imported, s.export().profiles().get(0).name(), Path.of(source + ".docx"), p -> { });
            return null;
        }, ok -> log("long " + n + " done at " + System.currentTimeMillis()),
                e -> log("long " + n + " failed at " + System.currentTimeMillis() + ": " + e));
    }
}
