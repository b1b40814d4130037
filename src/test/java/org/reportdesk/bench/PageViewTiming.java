package org.reportdesk.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import org.reportdesk.docx.ExportProfile;
import org.reportdesk.layout.FontMetrics;
import org.reportdesk.layout.LayoutEngine;
import org.reportdesk.layout.Page;
import org.reportdesk.layout.PageLayout;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.testing.LargeInputs;
import org.reportdesk.ui.pages.PageMetrics;
import org.reportdesk.ui.pages.PageSheet;
import org.reportdesk.ui.pages.PageTiming;

/**
 * What the page view costs (issue 17): off the FX thread, laying a report out and placing its
 * characters (first time, and after a one-character edit); on the FX thread, drawing one page on
 * a canvas. Times are CPU time of the measuring thread. Run under xvfb-run with -Dprism.order=sw:
 * {@code java -cp target/classes:target/test-classes:<test classpath> org.reportdesk.bench.PageViewTiming}.
 */
public final class PageViewTiming {

    private PageViewTiming() {
    }

    public static void main(String[] args) throws Exception {
        long t0 = cpu();
        FontMetrics metrics = PageMetrics.shared();
        metrics.advance("仿宋_GB2312", false, '中', 16);
        metrics.advance("黑体", false, '中', 16);
        metrics.advance("楷体_GB2312", false, '中', 16);
        metrics.advance("方正小标宋简体", false, '中', 16);
        System.out.printf("fonts parsed: %.0f ms CPU%n", ms(t0));
        List<PageSheet> hundred = null;
        for (int chars : new int[] {17_000, 56_000}) {
            Report r = LargeInputs.reportOf(chars);
            LayoutEngine engine = new LayoutEngine(metrics);
            sheets(engine, r, metrics); // warm-up
            engine = new LayoutEngine(metrics);
            long a = cpu();
            List<PageSheet> s = sheets(engine, r, metrics);
            double first = ms(a);
            double[] edits = new double[15];
            Section sec = r.root().children().get(4);
            for (int i = 0; i < edits.length; i++) {
                sec.setBody(RichText.ofPlain("改" + sec.body().plainText()));
                long b = cpu();
                sheets(engine, r, metrics);
                edits[i] = ms(b);
            }
            Arrays.sort(edits);
            System.out.printf("%d pages: first layout + placing %.0f ms CPU; after a keystroke median %.1f ms, max %.1f ms CPU%n",
                    s.size(), first, edits[edits.length / 2], edits[edits.length - 1]);
            hundred = s;
        }
        List<PageSheet> pages = hundred;
        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> {
            for (double scale : new double[] {0.8, 4.0 / 3}) {
                Canvas c = new Canvas(600 * scale, 850 * scale);
                PageTiming.paint(pages.get(0), c, scale); // warm-up
                double[] t = new double[pages.size()];
                for (int i = 0; i < pages.size(); i++) {
                    long a = cpu();
                    PageTiming.paint(pages.get(i), c, scale);
                    t[i] = ms(a);
                }
                Arrays.sort(t);
                System.out.printf("drawing a page on the FX thread at %.0f%%: median %.2f ms, max %.2f ms CPU (%d pages)%n",
                        scale / (4.0 / 3) * 100, t[t.length / 2], t[t.length - 1], t.length);
            }
            done.countDown();
        });
        done.await();
        Platform.exit();
    }

    private static List<PageSheet> sheets(LayoutEngine engine, Report r, FontMetrics metrics) {
        PageLayout l = engine.layout(r, ExportProfile.standard());
        List<PageSheet> out = new ArrayList<>();
        for (Page p : l.pages()) {
            out.add(PageSheet.of(p, metrics));
        }
        return out;
    }

    /** CPU time of this thread: the machine is shared, so wall-clock time would mostly measure the others. */
    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static double ms(long since) {
        return (cpu() - since) / 1e6;
    }
}
