package org.reportdesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportdesk.layout.fonts.FontSet;
import org.reportdesk.layout.fonts.LoadedFont;

/** A font is subset once and reused while later exports' characters fit; new characters make one new subset holding old and new. */
class FontSubsetsTest {

    private static LoadedFont font;
    private final FontSubsets subsets = new FontSubsets();

    @BeforeAll
    static void findFont() {
        font = FontSet.forPdf().fontFor("仿宋_GB2312", '中');
        assumeTrue(font != null && font.hasGlyph('中'), "no embeddable CJK TrueType font on this machine: subset checks skipped");
    }

    @AfterEach
    void close() throws Exception {
        subsets.close();
    }

    @Test
    void anExportWithinTheSubsetReusesIt() throws Exception {
        FontSubsets.Subset first = subsets.covering(font, cps("工作总结报告")).get(0);
        assertThat(subsets.covering(font, cps("总结"))).containsExactly(first);
        assertThat(subsets.made()).isEqualTo(1);
        assertThat(first.font().getName()).matches("[A-Z]{6}\\+.+");
    }

    @Test
    void aNewCharacterGoesIntoASmallExtraSubsetBesideTheMainOne() throws Exception {
        FontSubsets.Subset main = subsets.covering(font, cps("工作总结")).get(0);
        List<FontSubsets.Subset> both = subsets.covering(font, cps("工作报告"));
        assertThat(both).hasSize(2).startsWith(main);
        assertThat(both.get(1).codePoints()).isEqualTo(cps("报告"));
        assertThat(both.get(1).font().encode("报")).isNotEmpty();
        assertThat(subsets.covering(font, cps("总结报"))).isEqualTo(both);
        assertThat(subsets.made()).isEqualTo(2);
    }

    @Test
    void manyNewCharactersAreMergedIntoANewMainSubset() throws Exception {
        subsets.covering(font, cps("工作总结"));
        Set<Integer> more = IntStream.range(0x4E00, 0x4E00 + FontSubsets.EXTRA_MAX + 1).boxed().collect(Collectors.toSet());
        more.addAll(cps("工作总结"));
        List<FontSubsets.Subset> merged = subsets.covering(font, more);
        assertThat(merged).hasSize(1);
        assertThat(merged.get(0).codePoints()).containsAll(more);
    }

    @Test
    void aSubsetGrownFarBeyondTheExportIsCutBack() throws Exception {
        Set<Integer> many = IntStream.range(0x4E00, 0x4E00 + 600).boxed().collect(Collectors.toSet());
        subsets.covering(font, many);
        List<FontSubsets.Subset> small = subsets.covering(font, cps("龙"));
        assertThat(small).hasSize(1);
        assertThat(small.get(0).codePoints()).hasSize(1);
    }

    private static Set<Integer> cps(String s) {
        return s.codePoints().boxed().collect(Collectors.toSet());
    }
}
