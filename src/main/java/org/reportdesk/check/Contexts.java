package org.reportdesk.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.reportdesk.model.Numbering;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Report;
import org.reportdesk.model.Section;

/** Builds the rules' view of a report: paths, plan context and the text of every paragraph. */
final class Contexts {

    /** Headings that open the planning part of a report. */
    private static final Pattern PLAN_HEADING = Pattern.compile("计划|打算|思路|谋划|下一步|下步|工作要点|重点任务|工作安排|展望");

    private Contexts() {
    }

    /** Where a section's paragraph texts come from: built afresh, or reused by the incremental checker. */
    interface TextSource {
        List<TextRef> texts(Section section, String path);
    }

    static ReportContext of(Report report) {
        return of(report, Contexts::texts);
    }

    static ReportContext of(Report report, TextSource source) {
        CheckContext ctx = CheckContext.of(report);
        List<SectionContext> sections = new ArrayList<>();
        walk(report.root(), "", 0, ctx.planReport(), ctx, source, sections);
        return new ReportContext(report, ctx, partTexts(report), sections);
    }

    private static void walk(Section parent, String parentPath, int parentDepth, boolean plan, CheckContext ctx,
                             TextSource source, List<SectionContext> out) {
        List<Section> children = parent.children();
        int depth = parentDepth + 1;
        for (int i = 0; i < children.size(); i++) {
            Section s = children.get(i);
            String own = depth <= Numbering.MAX_DEPTH ? Numbering.bareLabel(depth, i) : Integer.toString(i + 1);
            String path = parentPath.isEmpty() ? own : parentPath + "/" + own;
            boolean planHere = plan || PLAN_HEADING.matcher(s.heading()).find();
            out.add(new SectionContext(s, path, depth, !s.children().isEmpty(), planHere, ctx, source.texts(s, path)));
            walk(s, path, depth, planHere, ctx, source, out);
        }
    }

    static List<TextRef> texts(Section s, String path) {
        List<Paragraph> ps = s.body().paragraphs();
        List<TextRef> out = new ArrayList<>(ps.size() + 1);
        out.add(new TextRef(TextTarget.HEADING, s.id(), path, 0, s.heading()));
        for (int i = 0; i < ps.size(); i++) {
            out.add(new TextRef(TextTarget.BODY, s.id(), path, i, ps.get(i).plainText()));
        }
        return List.copyOf(out);
    }

    /** Title first (index 0 always), then 开头语, 附件, 署名, 成文日期. */
    static List<TextRef> partTexts(Report r) {
        List<TextRef> out = new ArrayList<>();
        out.add(new TextRef(TextTarget.TITLE, null, Parts.name(TextTarget.TITLE), 0, r.title()));
        String opening = Parts.name(TextTarget.OPENING);
        List<Paragraph> ps = r.opening().paragraphs();
        for (int i = 0; i < ps.size(); i++) {
            out.add(new TextRef(TextTarget.OPENING, null, opening, i, ps.get(i).plainText()));
        }
        String attachment = Parts.name(TextTarget.ATTACHMENT);
        for (int i = 0; i < r.attachments().size(); i++) {
            out.add(new TextRef(TextTarget.ATTACHMENT, null, attachment, i, r.attachments().get(i)));
        }
        out.add(new TextRef(TextTarget.SIGNATURE, null, Parts.name(TextTarget.SIGNATURE), 0, r.signature()));
        out.add(new TextRef(TextTarget.DATE, null, Parts.name(TextTarget.DATE), 0, r.date()));
        return out;
    }
}
