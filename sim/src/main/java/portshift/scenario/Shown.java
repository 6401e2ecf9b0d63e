package portshift.scenario;

/**
 * How a value from a file is shown in a message. Messages are printed one per line on a terminal,
 * so a value must not be able to start a line of its own (and so forge a second message) or send
 * the terminal escape codes, and a huge value must not flood the screen: control, format and
 * line-separator characters are shown as escapes ({@code \n}, {@code \u001b}), and a long value is
 * cut after {@link #MAX_SHOWN} characters.
 */
final class Shown {
    /** Most characters of a value echoed in a message. */
    static final int MAX_SHOWN = 60;

    private Shown() {
    }

    /** Longer text quoted in a message, such as a path: escaped, and cut after 120 characters. */
    static String text(String s) {
        return value(s, 2 * MAX_SHOWN);
    }

    /** A value for a message: escaped, and cut with "…" after {@link #MAX_SHOWN} characters. */
    static String value(Object value) {
        return value(value, MAX_SHOWN);
    }

    /** A value for a message, cut after the given number of characters. */
    static String value(Object value, int max) {
        String s = String.valueOf(value);
        if (s.codePointCount(0, s.length()) > max) {
            s = s.substring(0, s.offsetByCodePoints(0, max)) + "…";
        }
        return escaped(s);
    }

    /** The text with every character that could move the cursor or drive a terminal written as an escape. */
    static String escaped(String s) {
        if (s.codePoints().noneMatch(Shown::unsafe)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (unsafe(c)) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /**
     * Control characters (C0, DEL, C1), format characters (bidirectional overrides, zero-width
     * marks, the byte-order mark), line and paragraph separators, and lone surrogates.
     */
    static boolean unsafe(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
    }
}
