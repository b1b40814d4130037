package org.reportdesk.model;

/** What a template is for: the part of a report it fills. */
public enum TemplateKind {
    OPENING("开头语"),
    SUMMARY("总结"),
    PROBLEM("问题"),
    PLAN("计划"),
    MEASURE("措施"),
    CLOSING("结尾"),
    /** A whole-report skeleton. */
    SKELETON("框架");

    private final String label;

    TemplateKind(String label) {
        this.label = label;
    }

    /** The Chinese name shown to users and accepted by the CLI's {@code --kind}. */
    public String label() {
        return label;
    }

    /** Accepts the enum name (SUMMARY, summary) or the Chinese label (总结). */
    public static TemplateKind parse(String s) {
        for (TemplateKind k : values()) {
            if (k.name().equalsIgnoreCase(s) || k.label.equals(s)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown template kind: " + s);
    }
}
