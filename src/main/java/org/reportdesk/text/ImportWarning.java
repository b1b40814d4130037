package org.reportdesk.text;

import java.util.List;
import org.reportdesk.i18n.Messages;

/** Something the user should look at after an import; {@code key} is an {@code import.warning.*} message. */
public record ImportWarning(String key, List<String> args) {

    public ImportWarning {
        args = List.copyOf(args);
    }

    public static ImportWarning of(String key, Object... args) {
        return new ImportWarning(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    public String message() {
        return Messages.get(key, args.toArray());
    }
}
