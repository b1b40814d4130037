package org.reportdesk.ui.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.print.PageOrientation;
import javafx.print.PageRange;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.transform.Translate;
import javafx.stage.Window;
import org.reportdesk.i18n.Messages;
import org.reportdesk.ui.DialogService;

/**
 * 打印: the laid-out pages through the platform's print dialog (printer, copies, page range), each
 * page at its true size on A4 with the page numbers as laid out (odd right, even left). Without
 * a printer, one sentence says so and nothing else happens.
 */
public final class PagePrinter {

    private final DialogService dialogs;
    private final BooleanSupplier printerAvailable;
    private final Function<PageSheet, Node> render;

    public PagePrinter(DialogService dialogs, Function<PageSheet, Node> render) {
        this(dialogs, PagePrinter::anyPrinter, render);
    }

    PagePrinter(DialogService dialogs, BooleanSupplier printerAvailable, Function<PageSheet, Node> render) {
        this.dialogs = dialogs;
        this.printerAvailable = printerAvailable;
        this.render = render;
    }

    private static boolean anyPrinter() {
        return Printer.getDefaultPrinter() != null || !Printer.getAllPrinters().isEmpty();
    }

    /** Prints {@code sheets} after the print dialog; false when nothing was printed. */
    public boolean print(List<PageSheet> sheets, Window owner) {
        if (sheets.isEmpty()) {
            dialogs.showInfo(Messages.get("pages.print.notReady"));
            return false;
        }
        if (!printerAvailable.getAsBoolean()) {
            dialogs.showError(Messages.get("pages.print.noPrinter"));
            return false;
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            dialogs.showError(Messages.get("pages.print.noPrinter"));
            return false;
        }
        job.getJobSettings().setPageRanges(new PageRange(1, sheets.size()));
        job.getJobSettings().setJobName(Messages.get("pages.print.jobName"));
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return false;
        }
        javafx.print.PageLayout paper = job.getPrinter().createPageLayout(Paper.A4, PageOrientation.PORTRAIT,
                Printer.MarginType.HARDWARE_MINIMUM);
        for (int i : pagesToPrint(sheets.size(), job.getJobSettings().getPageRanges())) {
            Node page = render.apply(sheets.get(i));
            // the printer places a node at the printable area's corner; the page's origin is the paper's corner
            page.getTransforms().add(new Translate(-paper.getLeftMargin(), -paper.getTopMargin()));
            if (!job.printPage(paper, page)) {
                job.cancelJob();
                dialogs.showError(Messages.get("pages.print.failed"));
                return false;
            }
        }
        return job.endJob();
    }

    /**
     * The 0-based indices of the pages to print for the dialog's page ranges (1-based, inclusive;
     * none = all), in order, each once, clipped to the pages there are.
     */
    static List<Integer> pagesToPrint(int pageCount, PageRange[] ranges) {
        TreeSet<Integer> out = new TreeSet<>();
        if (ranges == null || ranges.length == 0) {
            for (int i = 0; i < pageCount; i++) {
                out.add(i);
            }
        } else {
            for (PageRange r : ranges) {
                for (int p = Math.max(1, r.getStartPage()); p <= Math.min(pageCount, r.getEndPage()); p++) {
                    out.add(p - 1);
                }
            }
        }
        return new ArrayList<>(out);
    }
}
