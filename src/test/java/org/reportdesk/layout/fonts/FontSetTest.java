package org.reportdesk.layout.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A face without its font is set in a substitute that is named; without any font the metrics still answer. */
class FontSetTest {

    @TempDir
    Path empty;

    @Test
    void aMachineWithoutFontsNamesTheMissingFaceAndFallsBackToTheGrid() {
        FontSet set = new FontSet(new FontFiles(List.of(empty)), FontChoices::forFace);
        assertThat(set.fontFor("仿宋_GB2312", '中')).isNull();
        assertThat(set.advance("仿宋_GB2312", false, '中', 16)).isEqualTo(16);
        assertThat(set.advance("仿宋_GB2312", false, 'a', 16)).isEqualTo(8);
        assertThat(set.substitutes()).containsEntry("仿宋_GB2312", "-");
    }

    @Test
    void theFaceItselfComesBeforeAnySubstitute() {
        List<FontChoices.Candidate> c = FontChoices.forFace("仿宋");
        assertThat(c.get(0).file()).isEqualTo("simfang.ttf");
        assertThat(c.subList(FontChoices.GENUINE, c.size())).extracting(FontChoices.Candidate::file).contains("uming.ttc");
        assertThat(FontChoices.forFace("方正小标宋简体")).extracting(FontChoices.Candidate::file)
                .containsSubsequence("FZXBSJW.TTF", "STZHONGS.TTF", "simsun.ttc", "uming.ttc");
    }
}
