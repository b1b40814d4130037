package org.reportdesk.text;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decodes the HTML entities web pages leave in copied text ({@code &nbsp;}, {@code &ldquo;}, {@code &#8230;}). */
final class HtmlEntities {

    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,6}|#[xX][0-9a-fA-F]{1,5}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("nbsp", "\u00a0"), Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"),
            Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"),
            Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("mdash", "—"), Map.entry("ndash", "–"),
            Map.entry("hellip", "…"), Map.entry("middot", "·"), Map.entry("times", "×"), Map.entry("deg", "°"),
            Map.entry("ensp", " "), Map.entry("emsp", "\u3000"));

    private HtmlEntities() {
    }

    static String decode(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder sb = new StringBuilder(s.length());
        while (m.find()) {
            String e = m.group(1);
            String v;
            if (e.charAt(0) == '#') {
                int cp = e.charAt(1) == 'x' || e.charAt(1) == 'X' ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1));
                v = Character.isValidCodePoint(cp) && cp > 0 ? new String(Character.toChars(cp)) : m.group();
            } else {
                v = NAMED.getOrDefault(e.toLowerCase(java.util.Locale.ROOT), m.group());
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
