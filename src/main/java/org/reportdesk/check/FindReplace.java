package org.reportdesk.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.reportdesk.i18n.UserFacingException;
import org.reportdesk.model.Report;

/**
 * Find and replace over the whole report: title, 开头语, headings (without their computed label),
 * bodies, 附件, 署名 and 成文日期, in reading order. Plain text or a regular expression.
 */
public final class FindReplace {

    /**
     * One occurrence.
     *
     * @param where       the section's numbering path or the part name
     * @param context     the hit with a little text around it
     * @param replacement what {@link #replaceAll} would put there
     */
    public record Hit(Location location, String where, String matched, String context, String replacement) {
    }

    private final Pattern pattern;
    private final String replacement;
    private final boolean regex;

    private FindReplace(Pattern pattern, String replacement, boolean regex) {
        this.pattern = pattern;
        this.replacement = replacement;
        this.regex = regex;
    }

    /**
     * @throws UserFacingException {@code check.find.badRegex} when {@code regex} and the pattern does not compile,
     *                             {@code check.find.empty} when there is nothing to look for
     */
    public static FindReplace of(String find, String replacement, boolean regex) {
        if (find == null || find.isEmpty()) {
            throw new UserFacingException("check.find.empty");
        }
        try {
            Pattern p = regex ? Pattern.compile(find) : Pattern.compile(find, Pattern.LITERAL);
            return new FindReplace(p, replacement == null ? "" : replacement, regex);
        } catch (PatternSyntaxException e) {
            throw new UserFacingException(e, "check.find.badRegex", e.getDescription());
        }
    }

    /** Every non-empty match, in reading order. */
    public List<Hit> find(Report report) {
        List<Hit> out = new ArrayList<>();
        for (TextRef t : texts(report)) {
            Matcher m = pattern.matcher(t.text());
            int appendPos = 0;
            while (m.find()) {
                String expanded = replacementOf(m, appendPos);
                appendPos = m.end();
                if (m.end() > m.start()) {
                    out.add(new Hit(t.at(m.start(), m.end()), t.where(), m.group(),
                            Excerpts.around(t.text(), m.start(), m.end()), expanded));
                }
            }
        }
        return out;
    }

    /**
     * Replaces every hit; undo the returned fixes in reverse order to restore the report.
     *
     * @throws UserFacingException {@code check.find.badReplacement} when a regex replacement names a missing group
     */
    public List<AppliedFix> replaceAll(Report report) {
        List<Finding> asFixes = new ArrayList<>();
        for (Hit h : find(report)) {
            QuickFix fix = new QuickFix(h.location(), h.matched(), h.replacement());
            asFixes.add(new Finding("find.replace", Severity.INFO, h.where(), h.location(), h.context(),
                    "check.find.hit", List.of(), fix));
        }
        return QuickFixes.applyAll(report, asFixes);
    }

    /** The replacement for this match alone, with $1 etc. expanded (appendReplacement also copies the text since the last match). */
    private String replacementOf(Matcher m, int appendPos) {
        if (!regex) {
            return replacement;
        }
        try {
            StringBuilder sb = new StringBuilder();
            m.appendReplacement(sb, replacement);
            return sb.substring(m.start() - appendPos);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new UserFacingException(e, "check.find.badReplacement", replacement);
        }
    }

    private static List<TextRef> texts(Report report) {
        ReportContext ctx = Contexts.of(report);
        List<TextRef> out = new ArrayList<>();
        List<TextRef> parts = ctx.partTexts();
        parts.stream().filter(t -> t.target().ordinal() < TextTarget.HEADING.ordinal()).forEach(out::add);
        ctx.sections().forEach(s -> out.addAll(s.texts()));
        parts.stream().filter(t -> t.target().ordinal() > TextTarget.BODY.ordinal()).forEach(out::add);
        return out;
    }
}
