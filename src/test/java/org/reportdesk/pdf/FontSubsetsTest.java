package org.reportdesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
        FontSubsets.Subset first = subsets.covering(font, cps("工作总结报告"));
        FontSubsets.Subset again = subsets.covering(font, cps("总结"));
        assertThat(again).isSameAs(first);
        assertThat(subsets.made()).isEqualTo(1);
        assertThat(first.font().getName()).matches("[A-Z]{6}\\+.+");
    }

    @Test
    void aNewCharacterMakesOneSubsetWithTheOldAndTheNew() throws Exception {
        subsets.covering(font, cps("工作总结"));
        FontSubsets.Subset grown = subsets.covering(font, cps("报告"));
        assertThat(subsets.made()).isEqualTo(2);
        assertThat(grown.codePoints()).containsAll(cps("工作总结报告"));
        assertThat(grown.font().encode("报")).isNotEmpty();
        assertThat(subsets.covering(font, cps("工作报告"))).isSameAs(grown);
    }

    @Test
    void aSubsetGrownFarBeyondTheExportIsCutBack() throws Exception {
        Set<Integer> many = IntStream.range(0x4E00, 0x4E00 + 600).boxed().collect(Collectors.toSet());
        subsets.covering(font, many);
        FontSubsets.Subset small = subsets.covering(font, cps("龙"));
        assertThat(small.codePoints()).hasSize(1);
    }

    private static Set<Integer> cps(String s) {
        return s.codePoints().boxed().collect(Collectors.toSet());
    }
}
