package org.reportdesk.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;
import org.reportdesk.json.JsonFormatException;
import org.reportdesk.json.ReportJson;
import org.reportdesk.json.TemplateJson;
import org.reportdesk.model.Report;
import org.reportdesk.model.Template;
import org.reportdesk.model.TemplateSource;

/**
 * Turns the JSON records of a backup into checked values through the same codecs that read
 * report files and template packs; anything unexpected is a {@link BadBackup}. Ids must be
 * unique, and every version must belong to a report of the backup.
 */
final class BackupRecords {

    /** A backup that is not what its manifest says; the message is for the log, never the user. */
    static final class BadBackup extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadBackup(String detail) {
            super(detail);
        }
    }

    record ReportRecord(long id, Instant createdAt, Instant updatedAt, Report report) {
    }

    record SnapshotRecord(long id, long reportId, Instant takenAt, SnapshotReason reason, Report report) {
    }

    record ProfileRecord(String name, Instant updatedAt, String json) {
    }

    record MetaRecord(String name, String value) {
    }

    /** Where checked records go: nowhere while verifying, into a new database while restoring. */
    interface Sink {
        void report(ReportRecord r);

        void snapshot(SnapshotRecord s);

        void template(Template t);

        void profile(ProfileRecord p);

        void meta(MetaRecord m);
    }

    private final BackupChecks checks;
    private final Set<Long> reportIds = new HashSet<>();
    private final Set<Long> snapshotIds = new HashSet<>();
    private final Set<Long> templateIds = new HashSet<>();
    private final Set<String> names = new HashSet<>();

    BackupRecords(BackupChecks checks) {
        this.checks = checks;
    }

    void read(String entry, JsonNode n, Sink sink) {
        switch (entry) {
            case BackupFormat.REPORTS -> sink.report(report(n));
            case BackupFormat.SNAPSHOTS -> sink.snapshot(snapshot(n));
            case BackupFormat.TEMPLATES -> sink.template(template(n));
            case BackupFormat.PROFILES -> sink.profile(profile(n));
            case BackupFormat.META -> sink.meta(meta(n));
            default -> throw new BadBackup("unexpected entry " + entry);
        }
    }

    private ReportRecord report(JsonNode n) {
        long id = uniqueId(n, reportIds);
        return new ReportRecord(id, time(n, "createdAt", true), time(n, "updatedAt", true), checkedReport(n));
    }

    private SnapshotRecord snapshot(JsonNode n) {
        long id = uniqueId(n, snapshotIds);
        long reportId = positive(n, "reportId");
        if (!reportIds.contains(reportId)) {
            throw new BadBackup("version " + id + " of a report not in the backup");
        }
        SnapshotReason reason;
        try {
            reason = SnapshotReason.valueOf(text(n, "reason", 20));
        } catch (IllegalArgumentException e) {
            throw new BadBackup("unknown version reason");
        }
        return new SnapshotRecord(id, reportId, time(n, "takenAt", true), reason, checkedReport(n));
    }

    private Template template(JsonNode n) {
        long id = uniqueId(n, templateIds);
        TemplateSource source;
        try {
            source = TemplateSource.valueOf(text(n, "source", 20));
        } catch (IllegalArgumentException e) {
            throw new BadBackup("unknown template source");
        }
        Template t;
        try {
            t = TemplateJson.fromTree(object(n, "template"), source);
        } catch (JsonFormatException | IllegalArgumentException e) {
            throw new BadBackup("template " + id + ": " + e.getMessage());
        }
        if (t.title().length() > 1000 || t.topic().length() > 200 || String.join("\n", t.tags()).length() > 2000
                || (t.key() != null && t.key().length() > 200) || t.sections().stream().anyMatch(s -> s.subtreeHeight() > 3)) {
            throw new BadBackup("template " + id + " beyond the limits");
        }
        int usage = n.path("usageCount").asInt(-1);
        if (usage < 0 || !n.path("favourite").isBoolean() || !n.path("hidden").isBoolean()) {
            throw new BadBackup("template " + id + " without its flags");
        }
        return new Template(id, t.key(), t.title(), t.kind(), t.topic(), t.tags(), t.titlePattern(), t.opening(),
                t.sections(), source, n.get("favourite").asBoolean(), n.get("hidden").asBoolean(), usage,
                time(n, "createdAt", true), time(n, "updatedAt", true), time(n, "lastUsedAt", false));
    }

    private ProfileRecord profile(JsonNode n) {
        String name = text(n, "name", 200);
        JsonNode p = object(n, "profile");
        String json = p.toString();
        if (!names.add("profile:" + name) || json.length() > 1024 * 1024 || !checks.profile().test(json)) {
            throw new BadBackup("export profile not valid");
        }
        return new ProfileRecord(name, time(n, "updatedAt", true), json);
    }

    private MetaRecord meta(JsonNode n) {
        String name = text(n, "name", 100);
        if (!names.add("meta:" + name)) {
            throw new BadBackup("meta twice");
        }
        return new MetaRecord(name, text(n, "value", 4000));
    }

    private Report checkedReport(JsonNode n) {
        Report r;
        try {
            r = ReportJson.fromTree(object(n, "report"));
        } catch (JsonFormatException | IllegalArgumentException e) {
            throw new BadBackup("report: " + e.getMessage());
        }
        if (!checks.report().test(r)) {
            throw new BadBackup("report beyond the limits");
        }
        return r;
    }

    private static long uniqueId(JsonNode n, Set<Long> seen) {
        long id = positive(n, "id");
        if (!seen.add(id)) {
            throw new BadBackup("id " + id + " twice");
        }
        return id;
    }

    private static long positive(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.canConvertToLong() || !v.isIntegralNumber() || v.asLong() <= 0) {
            throw new BadBackup("no " + field);
        }
        return v.asLong();
    }

    private static String text(JsonNode n, String field, int max) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual() || v.asText().length() > max) {
            throw new BadBackup("no " + field);
        }
        return v.asText();
    }

    private static JsonNode object(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isObject()) {
            throw new BadBackup("no " + field);
        }
        return v;
    }

    private static Instant time(JsonNode n, String field, boolean required) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new BadBackup("no " + field);
            }
            return null;
        }
        try {
            return Instant.parse(v.asText());
        } catch (DateTimeParseException e) {
            throw new BadBackup("bad " + field);
        }
    }

}
