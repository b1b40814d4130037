package org.reportdesk.check;

import java.util.List;
import org.reportdesk.model.Section;

/**
 * One section as the section rules see it. Everything a section rule may read is here, and
 * everything here except the section object itself is part of the incremental checker's cache key.
 *
 * @param path        numbering path, e.g. {@code 二/（一）}
 * @param planContext the section plans future work (its heading or an ancestor's says 计划/打算/下一步 …,
 *                    or the whole report is a plan)
 * @param texts       the heading (first) and the body paragraphs
 */
public record SectionContext(Section section, String path, int depth, boolean hasChildren, boolean planContext,
                             CheckContext report, List<TextRef> texts) {

    public TextRef heading() {
        return texts.get(0);
    }

    public List<TextRef> body() {
        return texts.subList(1, texts.size());
    }
}
