package org.reportdesk.ui.preflight;

import org.reportdesk.model.Period;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;

/** Small reports written for the preflight screen's tests. */
final class PreflightReports {

    private PreflightReports() {
    }

    /** Clean: two sections, opening, signature and date. */
    static Report clean() {
        Report r = new Report();
        r.setTitle("城西区教育局2025年上半年工作总结");
        r.setUnit("城西区教育局");
        r.setYear(2025);
        r.setPeriod(Period.FIRST_HALF);
        r.setOpening(RichText.ofPlain("2025年上半年，我局扎实推进各项重点工作，总体进展顺利。现将有关情况报告如下："));
        r.root().add(new Section("上半年主要工作", RichText.ofPlain("全区新建幼儿园3所，新增学位900个。")));
        r.root().add(new Section("存在的问题", RichText.ofPlain("一是师资结构不够合理；二是经费保障压力较大。")));
        r.setSignature("城西区教育局");
        r.setDate("2025年7月8日");
        return r;
    }

    static Section first(Report r) {
        return r.sections().get(0);
    }

    static Section second(Report r) {
        return r.sections().get(1);
    }
}
