package org.reportdesk.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportdesk.json.ReportJson;
import org.reportdesk.model.Report;
import org.reportdesk.model.ReportSummary;
import org.reportdesk.store.ReportRepository;
import org.reportdesk.store.StoreException;
import org.reportdesk.text.CharCounter;

/** Reports kept as JSON in memory; every save is one second later than the previous one. */
public final class InMemoryReportRepository implements ReportRepository {

    private final Map<Long, String> json = new LinkedHashMap<>();
    private final Map<Long, ReportSummary> summaries = new LinkedHashMap<>();
    private long nextId = 1;
    private Instant clock = Instant.parse("2026-03-01T08:00:00Z");
    public volatile String lastSavedThread;

    @Override
    public synchronized List<ReportSummary> list() {
        List<ReportSummary> out = new ArrayList<>(summaries.values());
        out.sort(Comparator.comparing(ReportSummary::updatedAt).reversed());
        return out;
    }

    @Override
    public synchronized Report load(long id) {
        String j = json.get(id);
        if (j == null) {
            throw new StoreException("store.reportMissing", id);
        }
        Report r = ReportJson.read(j);
        r.setId(id);
        r.setUpdatedAt(summaries.get(id).updatedAt());
        return r;
    }

    @Override
    public synchronized Report save(Report report) {
        lastSavedThread = Thread.currentThread().getName();
        if (report.id() == null) {
            report.setId(nextId++);
            report.setCreatedAt(clock);
        }
        clock = clock.plusSeconds(1);
        report.setUpdatedAt(clock);
        json.put(report.id(), ReportJson.write(report));
        summaries.put(report.id(), new ReportSummary(report.id(), report.title(), clock, CharCounter.count(report)));
        return report;
    }

    @Override
    public synchronized List<Report> saveAll(List<Report> reports) {
        reports.forEach(this::save);
        return reports;
    }

    @Override
    public synchronized void delete(long id) {
        json.remove(id);
        summaries.remove(id);
    }

    public synchronized int size() {
        return json.size();
    }
}
