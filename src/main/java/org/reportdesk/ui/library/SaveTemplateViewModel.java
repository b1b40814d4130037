package org.reportdesk.ui.library;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reportdesk.services.TaskExecutor;
import org.reportdesk.library.TemplateLibrary;
import org.reportdesk.model.Section;
import org.reportdesk.model.Template;
import org.reportdesk.model.TemplateKind;
import org.reportdesk.ui.Failures;

/**
 * 存为模板 and 编辑模板信息: title, kind, topic, tags and (when saving a section) whether figures become
 * blanks. Saving runs off the FX thread; a refusal (e.g. no title) lands in {@link #errorProperty()}.
 */
public final class SaveTemplateViewModel {

    private final TemplateLibrary library;
    private final TaskExecutor executor;
    private final Section section;
    private final Template template;
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<TemplateKind> kind = new SimpleObjectProperty<>(TemplateKind.SUMMARY);
    private final StringProperty topic = new SimpleStringProperty("");
    private final StringProperty tags = new SimpleStringProperty("");
    private final BooleanProperty blankFigures = new SimpleBooleanProperty(true);
    private final StringProperty error = new SimpleStringProperty("");

    private SaveTemplateViewModel(TemplateLibrary library, TaskExecutor executor, Section section, Template template) {
        this.library = library;
        this.executor = executor;
        this.section = section;
        this.template = template;
    }

    /** Saving a section of the report (with its subsections) as a new own template. */
    public static SaveTemplateViewModel forSection(TemplateLibrary library, TaskExecutor executor, Section s) {
        SaveTemplateViewModel m = new SaveTemplateViewModel(library, executor, s, null);
        m.title.set(s.heading());
        return m;
    }

    /** Editing a template's details; a built-in one is saved as an own copy and hidden (see TemplateLibrary.update). */
    public static SaveTemplateViewModel forTemplate(TemplateLibrary library, TaskExecutor executor, Template t) {
        SaveTemplateViewModel m = new SaveTemplateViewModel(library, executor, null, t);
        m.title.set(t.title());
        m.kind.set(t.kind());
        m.topic.set(t.topic());
        m.tags.set(String.join("，", t.tags()));
        return m;
    }

    public boolean isNew() {
        return section != null;
    }

    public void save(Consumer<Template> onSaved) {
        String ti = title.get();
        TemplateKind k = kind.get();
        String to = topic.get() == null ? "" : topic.get().strip();
        List<String> tg = tagList(tags.get());
        boolean blanks = blankFigures.get();
        executor.submit(() -> isNew() ? library.saveSection(section, ti, k, to, tg, blanks)
                : library.update(new Template(template.id(), template.key(), ti.strip(), k, to, tg, template.titlePattern(),
                        template.opening(), template.sections(), template.source(), template.favourite(), template.hidden(),
                        template.usageCount(), template.createdAt(), template.updatedAt(), template.lastUsedAt())),
                t -> {
                    error.set("");
                    onSaved.accept(t);
                }, e -> error.set(Failures.sentence(e)));
    }

    static List<String> tagList(String s) {
        return s == null ? List.of() : Arrays.stream(s.split("[,，、;；\\s]+")).filter(t -> !t.isBlank()).distinct().toList();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<TemplateKind> kindProperty() {
        return kind;
    }

    public StringProperty topicProperty() {
        return topic;
    }

    public StringProperty tagsProperty() {
        return tags;
    }

    public BooleanProperty blankFiguresProperty() {
        return blankFigures;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
