package portshift.scenario;

/**
 * Text from a scenario file as it is quoted in a mistake: control characters escaped, so that a
 * mistake stays on one line, and long text cut, so that a megabyte-long value gives a short line.
 */
final class Shown {
    /** Most characters of a value quoted in a mistake. */
    static final int MAX_CHARS = 120;

    private Shown() {
    }

    static String text(String s) {
        StringBuilder out = new StringBuilder();
        int end = Math.min(s.length(), MAX_CHARS);
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (s.length() > MAX_CHARS) {
            out.append("... (").append(s.length()).append(" characters)");
        }
        return out.toString();
    }
}
