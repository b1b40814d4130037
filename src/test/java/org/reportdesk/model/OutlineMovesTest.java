package org.reportdesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutlineMovesTest {

    private final Report r = new Report();
    private final Section a = new Section("甲");
    private final Section b = new Section("乙");
    private final Section c = new Section("丙");
    private final Section a1 = new Section("甲一");

    OutlineMovesTest() {
        r.root().add(a);
        r.root().add(b);
        r.root().add(c);
        a.add(a1);
    }

    @Test
    void movesAndTheirInversesRestoreTheOutline() {
        OutlineMove m = OutlineMoves.beside(a, c, true);
        m.apply();
        assertThat(r.sections()).containsExactly(b, c, a);
        assertThat(a.label()).isEqualTo("三、");
        m.inverse().apply();
        assertThat(r.sections()).containsExactly(a, b, c);
        assertThat(a1.path()).isEqualTo("一/（一）");
    }

    @Test
    void impossibleMovesAreNull() {
        assertThat(OutlineMoves.up(a)).isNull();
        assertThat(OutlineMoves.down(c)).isNull();
        assertThat(OutlineMoves.demote(a)).isNull();
        assertThat(OutlineMoves.promote(b)).isNull();
        assertThat(OutlineMoves.into(a, a)).isNull();
    }

    @Test
    void demoteAndPromote() {
        OutlineMoves.demote(b).apply();
        assertThat(b.numberedHeading()).isEqualTo("（二）乙");
        OutlineMoves.promote(b).apply();
        assertThat(b.numberedHeading()).isEqualTo("二、乙");
    }

    @Test
    void depthIsCheckedWithTheWholeSubtree() {
        Section d3 = new Section("三级");
        Section d4 = new Section("四级");
        a1.add(d3);
        d3.add(d4);
        assertThat(OutlineMoves.into(a, c).keepsDepth()).isFalse();
        assertThat(OutlineMoves.into(b, d3).keepsDepth()).isTrue();
        assertThat(OutlineMoves.into(b, d4).keepsDepth()).isFalse();
        assertThat(OutlineMoves.into(a, d3).isIntoItself()).isTrue();
    }
}
