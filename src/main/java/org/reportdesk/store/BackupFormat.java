package org.reportdesk.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * The backup file: a zip of JSON data only, never SQL. {@code manifest.json} names the format,
 * its version, the app version and, for every data entry, its record count, size and SHA-256;
 * the data entries are JSON arrays of records (docs/safety.md describes each).
 */
final class BackupFormat {

    static final String FORMAT = "reportdesk.backup";
    static final int VERSION = 1;
    static final String MANIFEST = "manifest.json";
    static final String REPORTS = "reports.json";
    static final String SNAPSHOTS = "snapshots.json";
    static final String TEMPLATES = "templates.json";
    static final String PROFILES = "profiles.json";
    static final String META = "meta.json";
    static final List<String> DATA_ENTRIES = List.of(REPORTS, SNAPSHOTS, TEMPLATES, PROFILES, META);

    /** Limits against a damaged or crafted file; each far beyond a real bureau's database. */
    static final long MAX_FILE_BYTES = 2L * 1024 * 1024 * 1024;
    static final long MAX_MANIFEST_BYTES = 64L * 1024;
    static final long MAX_ENTRY_BYTES = 1024L * 1024 * 1024;
    static final int MAX_ZIP_ENTRIES = 16;
    static final int MAX_RECORDS = 1_000_000;
    /** One report or version as JSON: a 1,000,000-character report with rich formatting stays well below. */
    static final long MAX_RECORD_BYTES = 32L * 1024 * 1024;
    static final int MAX_STRING_CHARS = 64 * 1024 * 1024;
    static final int MAX_NESTING = 64;

    static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING)
                    .maxStringLength(MAX_STRING_CHARS)
                    .maxNumberLength(40)
                    .build())
            .build());

    private BackupFormat() {
    }

    static String appVersion() {
        String v = BackupFormat.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
