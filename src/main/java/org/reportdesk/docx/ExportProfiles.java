package org.reportdesk.docx;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.reportdesk.i18n.Messages;

/** The profiles that ship with the program. Their display names are Messages keys {@code export.profile.NAME}. */
public final class ExportProfiles {

    /** GB/T 9704 with the faces of a stock Windows 10+ machine (仿宋, 楷体, 黑体, 宋体). */
    public static final ExportProfile WINDOWS = ExportProfile.standard().toBuilder()
            .name("windows").fontScheme(FontScheme.WINDOWS).build();

    /**
     * A common provincial variant: 28 pt lines, bold 二级/三级 headings, Times New Roman digits,
     * Windows faces.
     */
    public static final ExportProfile LOCAL = ExportProfile.standard().toBuilder()
            .name("local").fontScheme(FontScheme.WINDOWS).lineTwips(560).latinFont("Times New Roman")
            .headingBold(2, true).headingBold(3, true).build();

    private static final List<ExportProfile> BUILTIN = List.of(ExportProfile.standard(), WINDOWS, LOCAL);

    private ExportProfiles() {
    }

    public static List<ExportProfile> builtin() {
        return BUILTIN;
    }

    /** The name to show: the translated name of a built-in profile, otherwise the name the user saved it under. */
    public static String displayName(ExportProfile p) {
        return BUILTIN.contains(p) ? Messages.get("export.profile." + p.name()) : p.name();
    }

    /** A built-in profile by name, ignoring case. */
    public static Optional<ExportProfile> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        return BUILTIN.stream().filter(p -> p.name().equals(n)).findFirst();
    }
}
