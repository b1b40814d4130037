package org.reportdesk.model;

import java.util.List;
import java.util.Objects;

/**
 * An edit of a short part: a section's heading or run-in switch, the title, 主送机关, the 附件
 * names, 署名 or 成文日期.
 */
public final class FieldChange implements ReportEdit {

    public enum Field { HEADING, RUN_IN, TITLE, RECIPIENT, ATTACHMENTS, SIGNATURE, DATE }

    private final Field field;
    private final Report report;
    private final Section section;
    private final Object before;
    private final Object after;

    private FieldChange(Field field, Report report, Section section, Object before, Object after) {
        this.field = field;
        this.report = report;
        this.section = section;
        this.before = before;
        this.after = after;
    }

    public static FieldChange heading(Section s, String before, String after) {
        return new FieldChange(Field.HEADING, null, s, before, after);
    }

    public static FieldChange runIn(Section s, boolean before, boolean after) {
        return new FieldChange(Field.RUN_IN, null, s, before, after);
    }

    public static FieldChange title(Report r, String before, String after) {
        return new FieldChange(Field.TITLE, r, null, before, after);
    }

    public static FieldChange recipient(Report r, String before, String after) {
        return new FieldChange(Field.RECIPIENT, r, null, before, after);
    }

    public static FieldChange attachments(Report r, List<String> before, List<String> after) {
        return new FieldChange(Field.ATTACHMENTS, r, null, List.copyOf(before), List.copyOf(after));
    }

    public static FieldChange signature(Report r, String before, String after) {
        return new FieldChange(Field.SIGNATURE, r, null, before, after);
    }

    public static FieldChange date(Report r, String before, String after) {
        return new FieldChange(Field.DATE, r, null, before, after);
    }

    public Field field() {
        return field;
    }

    /** The section of a heading or run-in change; null for a report field. */
    public Section section() {
        return section;
    }

    @Override
    public EditPlace undo() {
        return write(before);
    }

    @Override
    public EditPlace redo() {
        return write(after);
    }

    /** Typing in the same field is one step; each flip of the run-in switch is its own. */
    @Override
    public ReportEdit followedBy(ReportEdit next) {
        if (field != Field.RUN_IN && next instanceof FieldChange f && f.field == field && f.section == section
                && f.report == report && Objects.equals(f.before, after)) {
            return new FieldChange(field, report, section, before, f.after);
        }
        return null;
    }

    private EditPlace write(Object value) {
        switch (field) {
            case HEADING -> section.setHeading((String) value);
            case RUN_IN -> section.setRunIn((Boolean) value);
            case TITLE -> report.setTitle((String) value);
            case RECIPIENT -> report.setRecipient((String) value);
            case ATTACHMENTS -> {
                report.attachments().clear();
                report.attachments().addAll(attachmentNames(value));
            }
            case SIGNATURE -> report.setSignature((String) value);
            case DATE -> report.setDate((String) value);
        }
        int caret = value instanceof String s ? s.length() : 0;
        EditPlace.Part part = switch (field) {
            case HEADING, RUN_IN -> EditPlace.Part.HEADING;
            case TITLE -> EditPlace.Part.TITLE;
            case RECIPIENT -> EditPlace.Part.RECIPIENT;
            case ATTACHMENTS -> EditPlace.Part.ATTACHMENTS;
            case SIGNATURE -> EditPlace.Part.SIGNATURE;
            case DATE -> EditPlace.Part.DATE;
        };
        return new EditPlace(part, section, 0, caret);
    }

    @SuppressWarnings("unchecked")
    private static List<String> attachmentNames(Object value) {
        return (List<String>) value;
    }
}
