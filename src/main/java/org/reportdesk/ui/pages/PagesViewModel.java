package org.reportdesk.ui.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reportdesk.docx.ExportProfile;
import org.reportdesk.i18n.Messages;
import org.reportdesk.layout.FontMetrics;
import org.reportdesk.layout.LayoutEngine;
import org.reportdesk.layout.Page;
import org.reportdesk.layout.PageLayout;
import org.reportdesk.model.Report;
import org.reportdesk.services.TaskExecutor;
import org.reportdesk.session.ReportChange;
import org.reportdesk.session.ReportListener;
import org.reportdesk.session.ReportSession;
import org.reportdesk.ui.outline.OutlineNode;
import org.reportdesk.ui.preflight.Debouncer;

/**
 * 页面视图: the open report laid out in pages as the export sets them. Follows the session: once
 * typing pauses, a snapshot is laid out in the LONG lane (not QUICK: a long report must not delay
 * searches and checks) by this model's own {@link LayoutEngine}
 * (incremental: only changed paragraphs are measured again) and published on the FX thread; a
 * result older than the latest request is dropped. Also the zoom, the highlighted part of the
 * outline, the page to follow and the page count for the status bar. Nothing is laid out while
 * the page view is hidden (the first layout parses the CJK fonts: seconds of CPU on an office PC).
 */
public final class PagesViewModel {

    /** Zoom steps of 放大/缩小, as a factor of the true size. */
    static final double[] STEPS = {0.5, 0.67, 0.75, 0.9, 1.0, 1.25, 1.5, 2.0, 3.0};

    private final ReportSession session;
    private final TaskExecutor executor;
    private final Supplier<? extends FontMetrics> metricsSource;
    private final Supplier<ExportProfile> profile;
    private final Debouncer pause;
    private FontMetrics metrics;
    private LayoutEngine engine;
    private long requested;
    private long published;
    private final List<Consumer<List<PageSheet>>> waiting = new ArrayList<>();
    private final ObservableList<PageSheet> pages = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ObjectProperty<OutlineNode> highlighted = new SimpleObjectProperty<>();
    private final IntegerProperty follow = new SimpleIntegerProperty(-1);
    private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);
    private final BooleanProperty fitWidth = new SimpleBooleanProperty(true);
    private final BooleanProperty shown = new SimpleBooleanProperty();
    private Consumer<PagePlace> onPlace = p -> { };
    private boolean clicked;

    /**
     * @param metrics gives the font metrics; called once, in the background (parsing CJK fonts takes seconds)
     * @param profile the export profile the pages follow; called in the background before each layout
     * @param pause   the quiet time after typing before the pages are laid out again
     */
    public PagesViewModel(ReportSession session, TaskExecutor executor, Supplier<? extends FontMetrics> metrics,
                          Supplier<ExportProfile> profile, Debouncer pause) {
        this.session = session;
        this.executor = executor;
        this.metricsSource = metrics;
        this.profile = profile;
        this.pause = pause;
        session.subscribe(new ReportListener() {
            @Override
            public void changed(ReportChange change) {
                if (!shown.get()) {
                    return; // laid out when shown: parsing the fonts costs seconds that nobody asked for
                }
                if (change instanceof ReportChange.Opened) {
                    pages.clear();
                    pageCount.set(0);
                    relayout();
                } else {
                    pause.schedule(PagesViewModel.this::relayout);
                }
            }
        });
        shown.addListener((o, was, now) -> {
            if (now) {
                relayout();
            } else {
                requested++; // drops a layout still on its way
                waiting.clear();
                pages.clear();
                pageCount.set(0);
                status.set("");
            }
        });
        highlighted.addListener((o, a, n) -> {
            if (!clicked) {
                follow(n);
            }
        });
    }

    /** Lays the open report out now (in the background); the pages and count follow when it is done. */
    public void relayout() {
        if (!session.isOpen() || !shown.get()) {
            pages.clear();
            pageCount.set(0);
            status.set("");
            return;
        }
        Report snapshot = session.snapshot();
        long mine = ++requested;
        if (pages.isEmpty()) {
            status.set(Messages.get("pages.laying"));
        }
        executor.submit(TaskExecutor.Lane.LONG, () -> layOut(snapshot), sheets -> publish(mine, sheets),
                e -> status.set(Messages.get("pages.failed")));
    }

    /** Runs in the background lane, which is one thread: the engine is never shared. */
    private List<PageSheet> layOut(Report snapshot) {
        if (engine == null) {
            metrics = metricsSource.get();
            engine = new LayoutEngine(metrics);
        }
        PageLayout layout = engine.layout(snapshot, profile.get());
        List<PageSheet> out = new ArrayList<>(layout.pageCount());
        for (Page p : layout.pages()) {
            out.add(PageSheet.of(p, metrics));
        }
        return out;
    }

    private void publish(long generation, List<PageSheet> sheets) {
        if (generation != requested || !session.isOpen() || !shown.get()) {
            return; // a newer layout is on its way, or the report was closed
        }
        boolean first = pages.isEmpty();
        published = generation;
        pages.setAll(sheets);
        pageCount.set(sheets.size());
        status.set(Messages.get("pages.count", sheets.size()));
        if (first) {
            follow(highlighted.get());
        }
        List<Consumer<List<PageSheet>>> ready = List.copyOf(waiting);
        waiting.clear();
        ready.forEach(w -> w.accept(List.copyOf(pages)));
    }

    /**
     * Runs {@code action} with the pages of the report as it is now: at once when they are laid
     * out and current, else after the layout (showing the page view, which lays them out).
     */
    public void whenLaidOut(Consumer<List<PageSheet>> action) {
        if (shown.get() && !pages.isEmpty() && published == requested) {
            action.accept(List.copyOf(pages));
            return;
        }
        waiting.add(action);
        if (!shown.get()) {
            shown.set(true);
        }
    }

    /** Asks the view to scroll to the first page of {@code n} (the front matter: page 1; the closing: the last page). */
    private void follow(OutlineNode n) {
        if (n == null || pages.isEmpty()) {
            return;
        }
        int index = firstPageOf(pages, n);
        if (index >= 0) {
            follow.set(-1);
            follow.set(index);
        }
    }

    static int firstPageOf(List<PageSheet> sheets, OutlineNode n) {
        return switch (n.kind()) {
            case FRONT, REPORT -> 0;
            case CLOSING -> sheets.size() - 1;
            case SECTION -> {
                for (int i = 0; i < sheets.size(); i++) {
                    for (SheetLine l : sheets.get(i).lines()) {
                        if (Highlight.covers(n, l.line().source())) {
                            yield i;
                        }
                    }
                }
                yield -1;
            }
        };
    }

    /** A click at ({@code xPt}, {@code yPt}) on page {@code index}: the editor shows that place (no scrolling away from it). */
    public Optional<PagePlace> click(int index, double xPt, double yPt) {
        if (index < 0 || index >= pages.size()) {
            return Optional.empty();
        }
        Optional<PagePlace> place = PagePlace.hit(pages.get(index), xPt, yPt);
        place.ifPresent(p -> {
            clicked = true;
            try {
                onPlace.accept(p);
            } finally {
                clicked = false;
            }
        });
        return place;
    }

    /** What a click on a page does (the main window selects the section and moves the caret). */
    public void setOnPlace(Consumer<PagePlace> action) {
        this.onPlace = action;
    }

    public void zoomIn() {
        double z = zoom.get();
        for (double s : STEPS) {
            if (s > z + 0.001) {
                fitWidth.set(false);
                zoom.set(s);
                return;
            }
        }
    }

    public void zoomOut() {
        double z = zoom.get();
        for (int i = STEPS.length - 1; i >= 0; i--) {
            if (STEPS[i] < z - 0.001) {
                fitWidth.set(false);
                zoom.set(STEPS[i]);
                return;
            }
        }
    }

    /** 100 %: the page at its true size. */
    public void actualSize() {
        fitWidth.set(false);
        zoom.set(1.0);
    }

    /** 适合宽度: the view sets the zoom from its width while this is on. */
    public void fitToWidth() {
        fitWidth.set(true);
    }

    /** The laid-out pages, newest layout. */
    public ObservableList<PageSheet> pages() {
        return pages;
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    /** 共 N 页, 正在排版…, or empty with no report. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The outline's selection: its lines are highlighted and its first page followed. */
    public ObjectProperty<OutlineNode> highlightedProperty() {
        return highlighted;
    }

    /** The index of the page to scroll to; set again (via −1) for every request. */
    public IntegerProperty followProperty() {
        return follow;
    }

    /** The zoom: 1.0 is the true size (1 pt = 1/72 in). */
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public BooleanProperty fitWidthProperty() {
        return fitWidth;
    }

    /** Whether the page view is on screen (视图 → 页面视图); the pages and the count follow the report only while it is. */
    public BooleanProperty shownProperty() {
        return shown;
    }
}
