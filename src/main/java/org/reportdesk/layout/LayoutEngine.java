package org.reportdesk.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.reportdesk.docx.ExportProfile;
import org.reportdesk.docx.ExportRules;
import org.reportdesk.model.Report;
import org.reportdesk.model.Table;

/**
 * Lays a report out in pages exactly as the .docx export sets it (see {@link ReportBlocks},
 * {@link LineBreaker}, {@link Paginator}). Incremental: a block's line breaks are cached by value,
 * so after a keystroke only the edited paragraph is measured again; rebuilding the blocks and
 * counting lines into pages is linear and cheap. Not thread-safe: one engine per layout thread.
 */
public final class LayoutEngine {

    private final FontMetrics metrics;
    private Map<Block, Measured> cache = new HashMap<>();
    private Map<Table, Figures.TableGeometry> tables = new IdentityHashMap<>();
    private PageFrame cachedFrame;
    private String cachedFigureKey;
    private int measuredLast;

    public LayoutEngine(FontMetrics metrics) {
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    public PageLayout layout(Report report, ExportProfile profile) {
        PageFrame frame = PageFrame.of(profile);
        String figureKey = profile.fontScheme().fangSong() + "/" + profile.tableHalfPoints();
        if (!frame.equals(cachedFrame) || !figureKey.equals(cachedFigureKey)) {
            cache = new HashMap<>();
            tables = new IdentityHashMap<>();
            cachedFrame = frame;
            cachedFigureKey = figureKey;
        }
        List<Block> blocks = new ReportBlocks(report, profile).build();
        LineBreaker breaker = new LineBreaker(metrics, frame.typeWidth());
        Figures figures = new Figures(metrics, frame, profile.fontScheme().fangSong(), profile.tableHalfPoints() / 2.0,
                ExportRules.pictureMaxHeightTwips(profile) / 20.0, tables);
        Map<Block, Measured> next = new HashMap<>(blocks.size() * 2);
        List<Measured> measured = new ArrayList<>(blocks.size());
        int[] lineCounts = new int[blocks.size()];
        double[] heights = new double[blocks.size()];
        int fresh = 0;
        for (Block b : blocks) {
            if (b.kind() == BlockKind.LANDSCAPE || b.kind() == BlockKind.PORTRAIT) {
                measured.add(null);
                continue;
            }
            if (b.figure() != null) {
                heights[measured.size()] = figures.height(b.figure());
                lineCounts[measured.size()] = 1;
                measured.add(null);
                continue;
            }
            Measured m = cache.get(b);
            if (m == null) {
                m = next.get(b);
            }
            if (m == null) {
                m = breaker.measure(b);
                fresh++;
            }
            next.put(b, m);
            heights[measured.size()] = frame.linePt();
            lineCounts[measured.size()] = m.lines.size();
            measured.add(m);
        }
        cache = next;
        tables = figures.geometries();
        measuredLast = fresh;
        return new PageComposer(frame, metrics, figures).compose(blocks, measured, heights,
                Paginator.paginate(blocks, lineCounts, heights, new double[] {figures.capacity(false), figures.capacity(true)}));
    }

    /** How many blocks the last {@link #layout} had to measure (the rest came from the cache). */
    public int measuredLast() {
        return measuredLast;
    }
}
