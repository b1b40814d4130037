package org.reportdesk.text;

import java.util.List;
import java.util.regex.Pattern;
import org.reportdesk.model.Report;

/** The parts of a report around its outline: title, 主送机关, 附件, 署名 and 成文日期. */
final class ReportEnds {

    static final Pattern DATE = Pattern.compile(
            "^[0-9０-９xX×〇○零一二三四五六七八九_＿]{2,4}[ \\t]*年[ \\t]*[0-9０-９xX×一二三四五六七八九十_＿]{1,2}[ \\t]*月"
                    + "[ \\t]*[0-9０-９xX×一二三四五六七八九十_＿]{1,3}[ \\t]*日$");
    private static final Pattern ATTACHMENT = Pattern.compile("^附[ \\t]*件[ \\t]*[0-9]{0,2}[ \\t]*[:：]?[ \\t]*(.*)$");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)[0-9]{2})[ \\t]*年");
    private static final Pattern RECIPIENT = Pattern.compile("(政府|委员会|委|局|厅|部|办|院|校|园|处|室|站|中心|各)[：:]$|^各");

    private ReportEnds() {
    }

    /** Sets the title; returns the index of the first item after it (and its repetitions). */
    static int title(List<ParsedLine> items, String markerTitle, Report r) {
        int i = 0;
        if (!items.isEmpty() && titleLike(items.get(0))) {
            r.setTitle(TitleText.clean(items.get(0).text()));
            i = 1;
        } else {
            r.setTitle(TitleText.clean(markerTitle));
        }
        while (i < items.size() && items.get(i).label == null
                && (items.get(i).text().equals(r.title()) || TitleText.clean(items.get(i).text()).equals(r.title()))) {
            i++;
        }
        var year = YEAR.matcher(r.title());
        if (r.year() == 0 && year.find()) {
            r.setYear(Integer.parseInt(year.group(1)));
        }
        return i;
    }

    static boolean titleLike(ParsedLine it) {
        if (it.para.isObject()) {
            return false;
        }
        if (it.src.styledTitle()) {
            return true;
        }
        String t = it.text();
        char last = t.charAt(t.length() - 1);
        // …（市卫健委） or …（必备17篇）: a bracket closing what the title opened is no sentence end
        boolean bracketed = (last == '）' || last == ')' || last == '】') && OutlineParser.containsAny(t, "（(【");
        return it.label == null && it.src.styleLevel() == 0 && t.length() <= OutlineParser.MAX_TITLE
                && (bracketed || OutlineParser.SENTENCE_END.indexOf(last) < 0) && !OutlineParser.containsAny(t, "。，,；;");
    }

    /** 主送机关: a short line after the title ending in a colon, e.g. {@code 县人民政府：}. */
    static boolean recipientLike(ParsedLine it) {
        String t = it.text();
        return it.label == null && !it.markdownHeading && t.length() >= 3 && t.length() <= 30
                && (t.endsWith("：") || t.endsWith(":")) && !OutlineParser.containsAny(t.substring(0, t.length() - 1), "。，；：:,;")
                && RECIPIENT.matcher(t).find();
    }

    /** Takes the 成文日期 and 署名 off the end; returns the end index of the remaining items. */
    static int tail(List<ParsedLine> items, int start, Report r) {
        int end = items.size();
        if (end > start && items.get(end - 1).label == null && DATE.matcher(items.get(end - 1).text()).matches()) {
            r.setDate(items.get(end - 1).text());
            end--;
            if (end > start) {
                ParsedLine sig = items.get(end - 1);
                String t = sig.text();
                if (sig.label == null && !sig.para.isObject() && sig.src.styleLevel() == 0 && !sig.markdownHeading && t.length() <= 30
                        && !OutlineParser.containsAny(t, "。，；：:,;") && !ATTACHMENT.matcher(t).matches()) {
                    r.setSignature(t);
                    end--;
                }
            }
        }
        return end;
    }

    static boolean attachment(ParsedLine it, Report r) {
        var m = ATTACHMENT.matcher(it.text());
        if (!m.matches() || it.text().length() > 80 || it.text().endsWith("。")) {
            return false;
        }
        String name = m.group(1).strip();
        HeadingLabel l = HeadingLabel.parse(name);
        if (l != null) {
            name = name.substring(l.length()).strip();
        }
        if (!name.isEmpty()) {
            r.attachments().add(name);
        }
        return true;
    }

    static boolean attachmentContinues(ParsedLine next) {
        String t = next.text();
        return next.label != null && next.label.rank() == 3 && t.length() <= 60
                && !OutlineParser.containsAny(t, "。；");
    }
}
