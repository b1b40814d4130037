package org.reportdesk.ui.newreport;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.reportdesk.model.Period;
import org.reportdesk.model.Template;

/**
 * The 时段 a skeleton is written for, read from its title (and key): a 上半年 skeleton is for 上半年,
 * a 年度 summary, plan, 工作要点 or 述职报告 for 全年, a 季度 summary for the quarter just ending.
 * Empty for a skeleton that fits any period (专项, 汇报 …): the dialog then keeps its date default.
 */
final class SkeletonPeriod {

    private SkeletonPeriod() {
    }

    static Optional<Period> of(Template skeleton, LocalDate today) {
        if (skeleton == null) {
            return Optional.empty();
        }
        String title = skeleton.title();
        String key = skeleton.key() == null ? "" : skeleton.key().toLowerCase(Locale.ROOT);
        if (title.contains("下半年") && !title.contains("上半年")) {
            return Optional.of(Period.SECOND_HALF);
        }
        if (title.contains("半年") || key.contains("half-year")) {
            return Optional.of(Period.FIRST_HALF);
        }
        if (title.contains("季度") || key.contains("quarter")) {
            return Optional.of(quarterEnding(today));
        }
        if (title.contains("年度") || title.contains("全年") || title.contains("工作要点") || title.contains("述职")
                || key.contains("annual")) {
            return Optional.of(Period.YEAR);
        }
        return Optional.empty();
    }

    /** A quarterly summary is written in the quarter's last weeks or just after it: 4 月 10 日 → 第一季度. */
    private static Period quarterEnding(LocalDate today) {
        int month = today.minusDays(20).getMonthValue();
        return switch ((month - 1) / 3) {
            case 0 -> Period.Q1;
            case 1 -> Period.Q2;
            case 2 -> Period.Q3;
            default -> Period.Q4;
        };
    }
}
