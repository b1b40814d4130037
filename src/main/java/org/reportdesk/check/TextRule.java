package org.reportdesk.check;

/** A rule that looks at every paragraph of text alike: headings, bodies, title, 开头语, 署名 … */
abstract class TextRule implements Rule {

    abstract void scan(TextRef text, CheckContext ctx, FindingSink out);

    @Override
    public void checkSection(SectionContext section, FindingSink out) {
        for (TextRef t : section.texts()) {
            scan(t, section.report(), out);
        }
    }

    @Override
    public void checkReport(ReportContext report, FindingSink out) {
        for (TextRef t : report.partTexts()) {
            scan(t, report.context(), out);
        }
    }
}
