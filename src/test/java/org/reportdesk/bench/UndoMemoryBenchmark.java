package org.reportdesk.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.ui.ReportUndo;
import org.reportdesk.session.ReportSession;
import org.reportdesk.ui.editor.EditorViewModel;

/**
 * Heap kept by the undo history at its worst: 500 separate steps (no merging) of typing into a
 * section of 100,000 characters in 500 paragraphs, each step going through the editor's view
 * model as a keystroke does. Run: {@code mvn -B -q -o test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=org.reportdesk.bench.UndoMemoryBenchmark}.
 */
public final class UndoMemoryBenchmark {

    private UndoMemoryBenchmark() {
    }

    public static void main(String[] args) {
        int paragraphs = 500;
        List<Paragraph> ps = new ArrayList<>();
        for (int i = 0; i < paragraphs; i++) {
            ps.add(Paragraph.of(("第" + i + "段：全区新建幼儿园3所，新增学位900个，改造薄弱学校12所。").repeat(8)
                    .substring(0, 200)));
        }
        Report r = new Report();
        Section s = new Section("主要工作", RichText.of(ps));
        r.root().add(s);
        ReportSession undo = new ReportSession();
        EditorViewModel editor = new EditorViewModel(undo, new ReportUndo(undo));
        undo.open(r);
        editor.showSection(r, s);
        long before = usedHeap();
        long recordNs = 0;
        for (int k = 0; k < 500; k++) {
            List<Paragraph> now = new ArrayList<>();
            for (Paragraph p : editor.body().paragraphs()) {
                now.add(Paragraph.of(p.plainText())); // a fresh copy, as the area's content is
            }
            int at = (k * 37) % paragraphs;
            now.set(at, Paragraph.of(now.get(at).plainText() + "字"));
            RichText typed = RichText.of(now);
            undo.startNewStep();
            long t0 = System.nanoTime();
            editor.bodyEdited(typed);
            recordNs += k >= 250 ? System.nanoTime() - t0 : 0; // the second half, warmed up
        }
        long perKeystrokeUs = recordNs / 250 / 1000;
        long kept = usedHeap() - before;
        System.out.printf("undo history: 500 steps of typing in a %,d-character section: %.1f MB kept "
                + "(%.1f KB a step), %d µs a keystroke to store and record (mean of the last 250)%n", s.body().plainText().length(),
                kept / 1e6, kept / 500 / 1e3, perKeystrokeUs);
        int undone = 0;
        while (undo.undo()) {
            undone++;
        }
        System.out.printf("undone %d steps; text back to %,d characters%n", undone, s.body().plainText().length());
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
