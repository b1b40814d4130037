package org.reportdesk.check;

/** A section without a heading, a heading with neither body nor subsections, a report without a title. */
final class EmptyRule implements Rule {

    static final String HEADING = "empty.heading";
    static final String SECTION = "empty.section";
    static final String TITLE = "empty.title";

    @Override
    public void checkSection(SectionContext section, FindingSink out) {
        TextRef heading = section.heading();
        boolean noBody = section.body().stream().allMatch(t -> t.text().isBlank());
        if (heading.text().isBlank()) {
            out.addAt(HEADING, Severity.WARNING, section.path(), heading.at(0, 0), excerptOf(section), null,
                    "check.empty.heading");
        } else if (noBody && !section.hasChildren()) {
            out.addAt(SECTION, Severity.WARNING, section.path(), heading.at(0, 0), Excerpts.head(heading.text(), 20),
                    null, "check.empty.section", heading.text().strip());
        }
    }

    @Override
    public void checkReport(ReportContext report, FindingSink out) {
        if (report.report().title().isBlank()) {
            out.addAt(TITLE, Severity.ERROR, Parts.name(TextTarget.TITLE), Location.of(TextTarget.TITLE, null), "",
                    null, "check.empty.title");
        }
    }

    private static String excerptOf(SectionContext section) {
        return section.body().stream().map(TextRef::text).filter(s -> !s.isBlank()).findFirst()
                .map(s -> Excerpts.head(s, 20)).orElse("");
    }
}
