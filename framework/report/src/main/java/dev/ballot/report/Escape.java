package dev.ballot.report;

/**
 * Escaping for text that goes into HTML and SVG, in element content and in quoted attributes
 * alike. Histories carry whatever a system under test answered, so every value, error and key is
 * escaped: a report must never run markup or script that came from a history.
 */
public final class Escape {
    private Escape() {
    }

    /** {@code &}, {@code <}, {@code >}, {@code "} and {@code '} as entities; null as empty. */
    public static String html(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (entity != null) {
                    out.append(entity);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
