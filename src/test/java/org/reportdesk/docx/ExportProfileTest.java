package org.reportdesk.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportdesk.i18n.Messages;
import org.reportdesk.json.JsonFormatException;

class ExportProfileTest {

    @AfterEach
    void chinese() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void standardIsTheSpecDefault() {
        ExportProfile p = ExportProfile.standard();
        assertThat(ExportProfile.mmToTwips(p.marginTopMm())).isEqualTo(2098);
        assertThat(ExportProfile.mmToTwips(p.marginBottomMm())).isEqualTo(1984);
        assertThat(ExportProfile.mmToTwips(p.marginLeftMm())).isEqualTo(1587);
        assertThat(ExportProfile.mmToTwips(p.marginRightMm())).isEqualTo(1474);
        assertThat(ExportProfile.mmToTwips(p.footerMm())).isEqualTo(1417);
        assertThat(p.lineTwips()).isEqualTo(579);
        assertThat(p.charSpacingTwips()).isEqualTo(-5);
        assertThat(p.fontScheme()).isEqualTo(FontScheme.GB2312);
        assertThat(p.headingBold()).containsExactly(false, false, false, false);
        assertThat(p.signatureMode()).isEqualTo(SignatureMode.SEAL);
        assertThat(p.dateStyle()).isEqualTo(DateStyle.ARABIC);
        assertThat(p.includeSignature()).isTrue();
        assertThat(p.differencesFrom(ExportProfile.standard())).isEmpty();
    }

    @Test
    void withersChangeOneThingAndLeaveTheOriginal() {
        ExportProfile p = ExportProfile.standard().withHeadingBold(2, true).withLineTwips(560);
        assertThat(p.headingBold(2)).isTrue();
        assertThat(p.headingBold(1)).isFalse();
        assertThat(p.lineTwips()).isEqualTo(560);
        assertThat(ExportProfile.standard().lineTwips()).isEqualTo(579);
        assertThat(p.toBuilder().build()).isEqualTo(p);
    }

    @Test
    void impossibleValuesAreRefused() {
        assertThatThrownBy(() -> ExportProfile.standard().withLineTwips(100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExportProfile.standard().withMargins(-1, 35, 28, 26)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExportProfile.standard().withMargins(37, 35, 80, 80)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void differencesAreListedInTheUsersLanguage() {
        ExportProfile p = ExportProfiles.LOCAL.withSignatureMode(SignatureMode.NO_SEAL).withMargins(37, 35, 28, 25);
        assertThat(p.differencesFrom(ExportProfile.standard())).containsExactly(
                "右边距 25 毫米（标准为 26 毫米）",
                "行距固定值 28 磅（标准为 28.95 磅）",
                "字体方案：Windows 字体（仿宋、楷体、黑体、宋体）（标准：GB2312 字体（仿宋_GB2312、楷体_GB2312、黑体、方正小标宋简体））",
                "数字和西文字体：Times New Roman（标准：与中文字体相同）",
                "第 2 级标题加粗（标准不加粗）",
                "第 3 级标题加粗（标准不加粗）",
                "署名方式：不加盖印章（标准：加盖印章）");
        Messages.setLocale(Locale.ENGLISH);
        assertThat(ExportProfile.standard().withIncludeSignature(false).differencesFrom(ExportProfile.standard()))
                .containsExactly("No signature line (standard: printed)");
    }

    @Test
    void jsonRoundTripsEveryField() {
        ExportProfile p = ExportProfiles.LOCAL.toBuilder().name("某市格式").margins(36.5, 34, 27, 26).footerMm(24)
                .charSpacingTwips(-4).signatureMode(SignatureMode.NO_SEAL).dateStyle(DateStyle.AS_WRITTEN)
                .includeSignature(false).headingBold(4, true).tableHalfPoints(24).landscapeColumns(12).build();
        assertThat(ExportProfileJson.read(ExportProfileJson.write(p))).isEqualTo(p);
    }

    @Test
    void jsonMissingMembersTakeTheStandardValue() {
        ExportProfile p = ExportProfileJson.read("{\"name\":\"mine\",\"lineTwips\":560,\"headingBold\":[false,true]}");
        assertThat(p.name()).isEqualTo("mine");
        assertThat(p.lineTwips()).isEqualTo(560);
        assertThat(p.headingBold()).containsExactly(false, true, false, false);
        assertThat(p.marginTopMm()).isEqualTo(37);
        assertThat(p.fontScheme()).isEqualTo(FontScheme.GB2312);
        assertThat(p.tableHalfPoints()).as("a profile saved before tables: 4号 in cells").isEqualTo(28);
        assertThat(p.landscapeColumns()).isEqualTo(9);
    }

    @Test
    void tableSettingsAreCheckedAndListedAsDifferences() {
        assertThatThrownBy(() -> ExportProfile.standard().withTableHalfPoints(80)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExportProfile.standard().withLandscapeColumns(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ExportProfile.standard().withTableHalfPoints(24).withLandscapeColumns(12).differencesFrom(ExportProfile.standard()))
                .hasSize(2);
    }

    @Test
    void badJsonIsAFormatError() {
        assertThatThrownBy(() -> ExportProfileJson.read("[1]")).isInstanceOf(JsonFormatException.class);
        assertThatThrownBy(() -> ExportProfileJson.read("{\"fontScheme\":\"comic\"}")).isInstanceOf(JsonFormatException.class);
        assertThatThrownBy(() -> ExportProfileJson.read("{\"lineTwips\":5}")).isInstanceOf(JsonFormatException.class);
        assertThatThrownBy(() -> ExportProfileJson.read("{\"format\":\"other\"}")).isInstanceOf(JsonFormatException.class);
        assertThatThrownBy(() -> ExportProfileJson.read("{")).isInstanceOf(JsonFormatException.class);
    }

    @Test
    void builtinProfilesAreFoundByName() {
        assertThat(ExportProfiles.builtin()).extracting(ExportProfile::name).containsExactly("standard", "windows", "local");
        assertThat(ExportProfiles.byName("Windows")).contains(ExportProfiles.WINDOWS);
        assertThat(ExportProfiles.byName("nope")).isEmpty();
        assertThat(ExportProfiles.byName(null)).isEmpty();
        for (ExportProfile p : ExportProfiles.builtin()) {
            assertThat(ExportProfiles.displayName(p)).doesNotStartWith("!");
        }
        assertThat(ExportProfiles.displayName(ExportProfile.standard())).isEqualTo("国家标准（GB/T 9704-2012）");
        assertThat(ExportProfiles.displayName(ExportProfile.standard().withName("本局格式").withLineTwips(560))).isEqualTo("本局格式");
    }
}
