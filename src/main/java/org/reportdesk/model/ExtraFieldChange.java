package org.reportdesk.model;

/** A named field beyond unit, year and period set or removed (null), e.g. the report's 目标字数. */
public final class ExtraFieldChange implements ReportEdit {

    private final Report report;
    private final String key;
    private final String before;
    private final String after;

    public ExtraFieldChange(Report report, String key, String after) {
        this.report = report;
        this.key = key;
        this.before = report.extraFields().get(key);
        this.after = after;
    }

    public String key() {
        return key;
    }

    @Override
    public EditPlace undo() {
        return write(before);
    }

    @Override
    public EditPlace redo() {
        return write(after);
    }

    private EditPlace write(String value) {
        if (value == null) {
            report.extraFields().remove(key);
        } else {
            report.extraFields().put(key, value);
        }
        return new EditPlace(EditPlace.Part.TITLE, null, 0, 0);
    }
}
