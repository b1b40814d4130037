package org.reportdesk.ui.profiles;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reportdesk.services.ExportService;
import org.reportdesk.services.TaskExecutor;
import org.reportdesk.docx.DateStyle;
import org.reportdesk.docx.ExportProfile;
import org.reportdesk.docx.FontScheme;
import org.reportdesk.docx.ProfileLibrary;
import org.reportdesk.docx.SignatureMode;
import org.reportdesk.i18n.Messages;
import org.reportdesk.ui.Failures;

/**
 * 导出方案: the list of profiles (built-ins read-only), the editable values of the chosen one,
 * what it differs in from the standard (live, as the user types), copy / save / delete.
 */
public final class ProfileEditorViewModel {

    private final ExportService export;
    private final TaskExecutor executor;
    private final Map<String, ExportProfile> byName = new HashMap<>();
    private final ObservableList<String> names = FXCollections.observableArrayList();
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper();
    private final StringProperty top = new SimpleStringProperty("");
    private final StringProperty bottom = new SimpleStringProperty("");
    private final StringProperty left = new SimpleStringProperty("");
    private final StringProperty right = new SimpleStringProperty("");
    private final ObjectProperty<LineUnit> lineUnit = new SimpleObjectProperty<>(LineUnit.POINTS);
    private final StringProperty line = new SimpleStringProperty("");
    private final ObjectProperty<FontScheme> fontScheme = new SimpleObjectProperty<>(FontScheme.GB2312);
    private final BooleanProperty[] bold = {new SimpleBooleanProperty(), new SimpleBooleanProperty(),
        new SimpleBooleanProperty(), new SimpleBooleanProperty()};
    private final ObjectProperty<SignatureMode> signatureMode = new SimpleObjectProperty<>(SignatureMode.SEAL);
    private final ObjectProperty<DateStyle> dateStyle = new SimpleObjectProperty<>(DateStyle.ARABIC);
    private final BooleanProperty includeSignature = new SimpleBooleanProperty(true);
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<String> differences = FXCollections.observableArrayList();
    private boolean filling;

    public ProfileEditorViewModel(ExportService export, TaskExecutor executor) {
        this.export = export;
        this.executor = executor;
        selected.addListener((o, a, name) -> show(name));
        List<Observable> fields = new java.util.ArrayList<>(List.of(top, bottom, left, right, line, fontScheme,
                signatureMode, dateStyle, includeSignature));
        fields.addAll(List.of(bold));
        fields.forEach(f -> f.addListener(x -> {
            if (!filling) {
                validate();
            }
        }));
        lineUnit.addListener((o, from, to) -> convertLine(from, to));
        reload(ExportProfile.STANDARD_NAME);
    }

    /** Reads the profiles again and selects {@code select} (or the first). */
    public void reload(String select) {
        executor.submit(export::profiles, list -> {
            byName.clear();
            list.forEach(p -> byName.put(p.name(), p));
            names.setAll(list.stream().map(ExportProfile::name).toList());
            selected.set(null);
            selected.set(names.contains(select) ? select : names.isEmpty() ? null : names.get(0));
        }, e -> message.set(Failures.sentence(e)));
    }

    /** How a profile appears in the list: its display name, marked when it is built in. */
    public String listLabel(String name) {
        if (name == null) {
            return "";
        }
        String shown = export.displayName(name);
        return ProfileLibrary.isBuiltin(name) ? Messages.get("ui.profiles.builtinLabel", shown) : shown;
    }

    /** The name 复制为新方案 offers: the chosen profile's display name + 副本. */
    public String suggestedCopyName() {
        String name = selected.get();
        return name == null ? "" : Messages.get("ui.profiles.copyDefault", export.displayName(name));
    }

    private void show(String name) {
        ExportProfile p = name == null ? null : byName.get(name);
        editable.set(p != null && !ProfileLibrary.isBuiltin(name));
        if (p == null) {
            differences.clear();
            return;
        }
        filling = true;
        try {
            top.set(ProfileForm.plain(p.marginTopMm()));
            bottom.set(ProfileForm.plain(p.marginBottomMm()));
            left.set(ProfileForm.plain(p.marginLeftMm()));
            right.set(ProfileForm.plain(p.marginRightMm()));
            line.set(ProfileForm.lineText(lineUnit.get(), p.lineTwips(), p.marginTopMm(), p.marginBottomMm()));
            fontScheme.set(p.fontScheme());
            for (int level = 1; level <= 4; level++) {
                bold[level - 1].set(p.headingBold(level));
            }
            signatureMode.set(p.signatureMode());
            dateStyle.set(p.dateStyle());
            includeSignature.set(p.includeSignature());
        } finally {
            filling = false;
        }
        validate();
    }

    private void convertLine(LineUnit from, LineUnit to) {
        try {
            double t = ProfileForm.mm(top.get(), "ui.profiles.top");
            double b = ProfileForm.mm(bottom.get(), "ui.profiles.bottom");
            int twips = ProfileForm.lineTwips(from, line.get(), t, b);
            line.set(ProfileForm.lineText(to, twips, t, b));
        } catch (ProfileForm.Invalid e) {
            validate();
        }
    }

    /** The profile the form describes, or the sentence saying which value is impossible. */
    private ExportProfile draft() throws ProfileForm.Invalid {
        ExportProfile base = byName.get(selected.get());
        double t = ProfileForm.mm(top.get(), "ui.profiles.top");
        double b = ProfileForm.mm(bottom.get(), "ui.profiles.bottom");
        double l = ProfileForm.mm(left.get(), "ui.profiles.left");
        double r = ProfileForm.mm(right.get(), "ui.profiles.right");
        ProfileForm.checkTypeArea(t, b, l, r);
        ExportProfile.Builder out = base.toBuilder().margins(t, b, l, r)
                .lineTwips(ProfileForm.lineTwips(lineUnit.get(), line.get(), t, b))
                .fontScheme(fontScheme.get()).signatureMode(signatureMode.get()).dateStyle(dateStyle.get())
                .includeSignature(includeSignature.get());
        for (int level = 1; level <= 4; level++) {
            out.headingBold(level, bold[level - 1].get());
        }
        return out.build();
    }

    private void validate() {
        if (selected.get() == null || !byName.containsKey(selected.get())) {
            return;
        }
        try {
            differences.setAll(draft().differencesFrom(ExportProfile.standard()));
            error.set("");
        } catch (ProfileForm.Invalid e) {
            error.set(e.getMessage());
        }
    }

    /** 复制为新方案: the chosen profile, as it stands in the form, saved under {@code newName}. */
    public void copyAs(String newName) {
        String n = newName == null ? "" : newName.strip();
        if (n.isEmpty()) {
            message.set(Messages.get("export.profile.nameMissing"));
        } else if (ProfileLibrary.isBuiltin(n)) {
            message.set(Messages.get("export.profile.builtinName", n));
        } else if (byName.containsKey(n)) {
            message.set(Messages.get("ui.profiles.nameTaken", n));
        } else {
            store(n, Messages.get("ui.profiles.copied", n));
        }
    }

    /** Saves the chosen own profile with the form's values. */
    public void save() {
        if (editable.get()) {
            store(selected.get(), Messages.get("ui.profiles.saved", selected.get()));
        }
    }

    private void store(String name, String done) {
        ExportProfile p;
        try {
            p = draft().withName(name);
        } catch (ProfileForm.Invalid e) {
            message.set(e.getMessage());
            return;
        }
        executor.submit(() -> {
            export.saveProfile(p);
            return name;
        }, saved -> {
            reload(saved);
            message.set(done);
        }, e -> message.set(Failures.sentence(e)));
    }

    /** Deletes the chosen own profile. */
    public void delete() {
        String name = selected.get();
        if (!editable.get() || name == null) {
            return;
        }
        executor.submit(() -> {
            export.deleteProfile(name);
            return name;
        }, gone -> {
            reload(ExportProfile.STANDARD_NAME);
            message.set(Messages.get("ui.profiles.deleted", gone));
        }, e -> message.set(Failures.sentence(e)));
    }

    public ObservableList<String> names() {
        return names;
    }

    public ObjectProperty<String> selectedProperty() {
        return selected;
    }

    /** False for built-in profiles: they can be copied, not changed. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public StringProperty topProperty() {
        return top;
    }

    public StringProperty bottomProperty() {
        return bottom;
    }

    public StringProperty leftProperty() {
        return left;
    }

    public StringProperty rightProperty() {
        return right;
    }

    public ObjectProperty<LineUnit> lineUnitProperty() {
        return lineUnit;
    }

    public StringProperty lineProperty() {
        return line;
    }

    public ObjectProperty<FontScheme> fontSchemeProperty() {
        return fontScheme;
    }

    /** Bold for heading level 1..4. */
    public BooleanProperty boldProperty(int level) {
        return bold[level - 1];
    }

    public ObjectProperty<SignatureMode> signatureModeProperty() {
        return signatureMode;
    }

    public ObjectProperty<DateStyle> dateStyleProperty() {
        return dateStyle;
    }

    public BooleanProperty includeSignatureProperty() {
        return includeSignature;
    }

    /** Empty, or the sentence naming the impossible value. */
    public StringProperty errorProperty() {
        return error;
    }

    /** The outcome of the last copy, save or delete. */
    public StringProperty messageProperty() {
        return message;
    }

    /** What the form's profile differs in from the standard, one sentence each. */
    public ObservableList<String> differences() {
        return differences;
    }
}
