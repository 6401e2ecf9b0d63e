package portshift.cli;

/**
 * Text shown on the terminal as it is, but with control characters escaped (a line break as
 * {@code \n}, an escape code as {@code \u001b}) and a bounded length, so that nothing a user types
 * or writes in a file can forge a second line or drive the terminal.
 */
final class Printable {
    static final int MAX_CHARS = 2000;

    private Printable() {
    }

    static String of(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        for (; i < text.length() && out.length() < MAX_CHARS; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return i < text.length() ? out + "..." : out.toString();
    }
}
