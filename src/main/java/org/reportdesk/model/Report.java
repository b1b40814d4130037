package org.reportdesk.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A work report: title, 开头语, the outline of sections, 附件, 署名 and 成文日期, plus the named
 * fields (unit, year, period) its template texts were filled with.
 */
public final class Report {

    private Long id;
    private String title = "";
    private String unit = "";
    private int year;
    private Period period;
    private String recipient = "";
    private RichText opening = RichText.EMPTY;
    private final Section root = Section.root();
    private final List<String> attachments = new ArrayList<>();
    private String signature = "";
    private String date = "";
    private final Map<String, String> extraFields = new LinkedHashMap<>();
    private Instant createdAt;
    private Instant updatedAt;

    /** Database id, or null while the report exists only in memory or in a file. */
    public Long id() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String title() {
        return title;
    }

    public void setTitle(String title) {
        this.title = nz(title);
    }

    /** 单位名称. */
    public String unit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = nz(unit);
    }

    /** The report's year, 0 when unset. */
    public int year() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public Period period() {
        return period;
    }

    public void setPeriod(Period period) {
        this.period = period;
    }

    /** 主送机关, optional. */
    public String recipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = nz(recipient);
    }

    /** 开头语: the text between the title and the first section. */
    public RichText opening() {
        return opening;
    }

    public void setOpening(RichText opening) {
        this.opening = opening == null ? RichText.EMPTY : opening;
    }

    /** The invisible root whose children are the top-level sections. */
    public Section root() {
        return root;
    }

    public List<Section> sections() {
        return root.children();
    }

    /** Names of 附件, in order; mutable. */
    public List<String> attachments() {
        return attachments;
    }

    /** 署名: the issuing unit printed above the date. */
    public String signature() {
        return signature;
    }

    public void setSignature(String signature) {
        this.signature = nz(signature);
    }

    /** 成文日期 as the user wrote it, e.g. 2025年7月5日. */
    public String date() {
        return date;
    }

    public void setDate(String date) {
        this.date = nz(date);
    }

    /** User-defined fields beyond unit, year and period; mutable. */
    public Map<String, String> extraFields() {
        return extraFields;
    }

    /** Every field value: the derived ones from unit, year and period, then the extra ones. */
    public Map<String, String> fieldValues() {
        Map<String, String> m = Fields.values(unit, year, period);
        m.putAll(extraFields);
        return m;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    /** All sections, depth first in reading order. */
    public List<Section> allSections() {
        return root.descendants();
    }

    public Section findSection(String id) {
        return root.find(id);
    }

    /**
     * A copy for background work (checking, autosave, export) that keeps the id and every section
     * id, so typing on the UI thread never races it. Rich texts are immutable and shared, which
     * keeps this cheap even at the size limit.
     */
    public Report copy() {
        Report c = new Report();
        c.id = id;
        c.title = title;
        c.unit = unit;
        c.year = year;
        c.period = period;
        c.recipient = recipient;
        c.opening = opening;
        for (Section s : sections()) {
            c.root.add(s.copyKeepingIds());
        }
        c.attachments.addAll(attachments);
        c.signature = signature;
        c.date = date;
        c.extraFields.putAll(extraFields);
        c.createdAt = createdAt;
        c.updatedAt = updatedAt;
        return c;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
