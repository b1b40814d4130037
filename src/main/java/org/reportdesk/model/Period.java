package org.reportdesk.model;

import java.util.Arrays;
import java.util.Optional;

/** The period a report covers. */
public enum Period {
    FIRST_HALF("上半年", "下半年"),
    SECOND_HALF("下半年", "上半年"),
    YEAR("全年", "全年"),
    Q1("第一季度", "第二季度"),
    Q2("第二季度", "第三季度"),
    Q3("第三季度", "第四季度"),
    Q4("第四季度", "第一季度");

    private final String label;
    private final String nextLabel;

    Period(String label, String nextLabel) {
        this.label = label;
        this.nextLabel = nextLabel;
    }

    /** As written in a report: 上半年, 全年, 第一季度 … */
    public String label() {
        return label;
    }

    /** The period that follows, as written: 上半年 → 下半年. */
    public String nextLabel() {
        return nextLabel;
    }

    public Period next() {
        return switch (this) {
            case FIRST_HALF -> SECOND_HALF;
            case SECOND_HALF -> FIRST_HALF;
            case YEAR -> YEAR;
            case Q1 -> Q2;
            case Q2 -> Q3;
            case Q3 -> Q4;
            case Q4 -> Q1;
        };
    }

    /** Whether the period after this one falls in the next calendar year. */
    public boolean nextIsNewYear() {
        return this == SECOND_HALF || this == YEAR || this == Q4;
    }

    public static Optional<Period> fromLabel(String label) {
        return Arrays.stream(values()).filter(p -> p.label.equals(label)).findFirst();
    }
}
