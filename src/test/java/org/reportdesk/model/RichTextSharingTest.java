package org.reportdesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RichTextSharingTest {

    @Test
    void aNewVersionSharesTheParagraphsThatDidNotChange() {
        RichText v1 = RichText.ofPlain("第一段\n第二段\n第三段\n第四段");
        RichText typed = RichText.ofPlain("第一段\n第二段有改动\n第三段\n第四段");
        RichText v2 = typed.sharingWith(v1);
        assertThat(v2).isEqualTo(typed);
        assertThat(v2.paragraphs().get(0)).isSameAs(v1.paragraphs().get(0));
        assertThat(v2.paragraphs().get(1)).isNotSameAs(v1.paragraphs().get(1));
        assertThat(v2.paragraphs().get(2)).isSameAs(v1.paragraphs().get(2));
        assertThat(v2.paragraphs().get(3)).isSameAs(v1.paragraphs().get(3));
    }

    @Test
    void insertedAndRemovedParagraphsKeepTheRestShared() {
        RichText v1 = RichText.ofPlain("甲\n乙\n丙");
        RichText v2 = RichText.ofPlain("甲\n新\n乙\n丙").sharingWith(v1);
        assertThat(v2.plainText()).isEqualTo("甲\n新\n乙\n丙");
        assertThat(v2.paragraphs().get(2)).isSameAs(v1.paragraphs().get(1));
        RichText v3 = RichText.ofPlain("甲\n丙").sharingWith(v2);
        assertThat(v3.plainText()).isEqualTo("甲\n丙");
        assertThat(v3.paragraphs().get(1)).isSameAs(v1.paragraphs().get(2));
        assertThat(RichText.ofPlain("甲").sharingWith(RichText.ofPlain("甲\n甲")).plainText()).isEqualTo("甲");
        assertThat(RichText.EMPTY.sharingWith(v1)).isEqualTo(RichText.EMPTY);
    }
}
