package org.reportdesk.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one accessor of the UI and CLI texts. Chinese (zh_CN) is the default bundle; English is the
 * second. The JVM's default locale is deliberately not consulted: the users are Chinese offices,
 * and a build machine's English locale must not change what the app says.
 */
public final class Messages {

    public static final String BUNDLE = "org.reportdesk.i18n.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static volatile ResourceBundle bundle = load(Locale.SIMPLIFIED_CHINESE);

    private Messages() {
    }

    /** Switches the language: {@code zh} (default) or {@code en}. */
    public static void setLocale(Locale locale) {
        bundle = load(locale);
    }

    /** Applies {@code -Dreportdesk.lang=en} or {@code REPORTDESK_LANG=en} when present. */
    public static void applyLanguageSetting() {
        String lang = System.getProperty("reportdesk.lang", System.getenv("REPORTDESK_LANG"));
        if (lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en")) {
            setLocale(Locale.ENGLISH);
        }
    }

    public static ResourceBundle bundle() {
        return bundle;
    }

    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    private static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), NO_FALLBACK);
    }
}
