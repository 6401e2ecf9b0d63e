package portshift.scenario;

/**
 * The one rule for every text in a scenario file, keys included: it has a bounded length and no
 * control characters. Text is copied onto output rows and file names, and echoed in messages, so a
 * line break would split a CSV row and a huge name would be copied onto every row. The bound of a
 * field is declared with it ({@code @Doc(maxLength)}); a key's is {@link #MAX_KEY}. Only text
 * declared to span lines (a description) may hold line breaks and tabs.
 */
final class TextRule {
    /** Most characters of a key: field names, ids and sweep paths are far shorter. */
    static final int MAX_KEY = 200;

    private TextRule() {
    }

    /** What is wrong with the text, as "expected ..., found ...", or null if nothing is. */
    static String problem(String text, int maxLength, boolean lines) {
        return problem("text", text, maxLength, lines);
    }

    /** The same for a key. */
    static String keyProblem(String key) {
        return problem("a key", key, MAX_KEY, false);
    }

    private static String problem(String what, String text, int maxLength, boolean lines) {
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            return "expected " + what + " of at most " + maxLength + " characters, found " + length + " characters ('"
                    + Shown.value(text) + "')";
        }
        int[] points = text.codePoints().toArray();
        for (int i = 0; i < points.length; i++) {
            int c = points[i];
            if (Shown.unsafe(c) && !(lines && (c == '\n' || c == '\t'))) {
                return "expected " + what + " without control characters" + (lines ? " (other than line breaks and tabs)" : "")
                        + ", found '" + Shown.value(text) + "' (" + Shown.escaped(Character.toString(c)) + " at character "
                        + (i + 1) + ")";
            }
        }
        return null;
    }
}
