package org.reportdesk.testing;

import java.util.Random;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;

/** Inputs at the size limits of {@link org.reportdesk.io.ReportLimits}, for the import limit and fuzz tests. */
public final class LargeInputs {

    private LargeInputs() {
    }

    /** A title and {@code n} top-level Markdown headings, each with its own sentence. */
    public static String headings(int n) {
        StringBuilder sb = new StringBuilder("某县教育局工作总结\n");
        for (int i = 1; i <= n; i++) {
            sb.append("# 重点工作").append(i).append("\n完成了第").append(i).append("项任务。\n");
        }
        return sb.toString();
    }

    /** Common characters (all in GB2312, as in a real report). */
    private static final String COMMON = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子"
            + "说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开"
            + "它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解"
            + "问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接";

    /** Varied text of common characters (a repeated phrase would compress like a zip bomb). */
    public static String varied(Random rnd, int length) {
        StringBuilder sb = new StringBuilder(length);
        while (sb.length() < length) {
            sb.append(COMMON.charAt(rnd.nextInt(COMMON.length())));
        }
        return sb.toString();
    }

    /** A report of 10 sections with {@code total} characters in all (title and headings included). */
    public static Report reportOf(int total) {
        Report r = new Report();
        r.setTitle("某县教育局工作总结");
        Random rnd = new Random(total);
        int left = total - r.title().length();
        for (int i = 0; i < 10; i++) {
            String heading = "重点工作" + i;
            int body = i < 9 ? left / (10 - i) - heading.length() : left - heading.length();
            r.root().add(new Section(heading, RichText.ofPlain(varied(rnd, body))));
            left -= heading.length() + body;
        }
        return r;
    }
}
