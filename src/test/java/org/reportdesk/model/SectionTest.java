package org.reportdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SectionTest {

    @Test
    void labelsAreRecomputedWhenASectionMoves() {
        Report r = new Report();
        Section work = new Section("上半年主要工作");
        Section problems = new Section("存在的问题");
        Section plan = new Section("下半年工作计划");
        r.root().add(work);
        r.root().add(problems);
        r.root().add(plan);
        Section party = new Section("强化党建引领");
        Section teachers = new Section("建强教师队伍");
        work.add(party);
        work.add(teachers);

        assertThat(plan.numberedHeading()).isEqualTo("三、下半年工作计划");
        assertThat(teachers.numberedHeading()).isEqualTo("（二）建强教师队伍");
        assertThat(teachers.path()).isEqualTo("一/（二）");

        plan.detach();
        r.root().add(0, plan);
        teachers.detach();
        work.add(0, teachers);

        assertThat(plan.label()).isEqualTo("一、");
        assertThat(work.label()).isEqualTo("二、");
        assertThat(teachers.label()).isEqualTo("（一）");
        assertThat(party.label()).isEqualTo("（二）");
        assertThat(party.path()).isEqualTo("二/（二）");
    }

    @Test
    void depthAndHeightDescribeTheTree() {
        Section root = Section.root();
        Section a = new Section("a");
        Section b = new Section("b");
        Section c = new Section("c");
        root.add(a);
        a.add(b);
        b.add(c);
        assertThat(c.depth()).isEqualTo(3);
        assertThat(c.label()).isEqualTo("1.");
        assertThat(a.subtreeHeight()).isEqualTo(2);
        assertThat(root.descendants()).containsExactly(a, b, c);
    }

    @Test
    void aFifthLevelFromAFileHasNoLabelButAPath() {
        Section root = Section.root();
        Section s = root;
        for (int i = 0; i < 5; i++) {
            Section c = new Section("第" + i + "级");
            s.add(c);
            s = c;
        }
        assertThat(s.label()).isEmpty();
        assertThat(s.numberedHeading()).isEqualTo("第4级");
        assertThat(s.path()).isEqualTo("一/（一）/1/（1）/1");
    }

    @Test
    void aSectionCannotBeMovedIntoItself() {
        Section a = new Section("a");
        Section b = new Section("b");
        a.add(b);
        assertThatThrownBy(() -> b.add(a)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Section("c").add(b)).isInstanceOf(IllegalStateException.class);
        Section lone = new Section("lone");
        assertThatThrownBy(() -> lone.add(lone)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void copyIsDeepAndDetachedWithFreshIds() {
        Section a = new Section("a", RichText.ofPlain("正文"));
        a.add(new Section("b"));
        Section copy = a.copy();
        assertThat(copy.id()).isNotEqualTo(a.id());
        assertThat(copy.parent()).isNull();
        assertThat(copy.children()).hasSize(1);
        assertThat(copy.children().get(0)).isNotSameAs(a.children().get(0));
        assertThat(copy.body()).isEqualTo(a.body());
    }
}
