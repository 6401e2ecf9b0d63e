package portshift.experiment;

/**
 * A double as text with at most six decimals, rounded half up from its shortest decimal form, without an exponent and
 * without trailing zeros: the text {@code String.format(Locale.ROOT, "%.6f", d)} gives, trimmed, at a tenth of its
 * cost (a Formatter is built and parsed for every call, and output tables format millions of cells).
 */
final class FixedDecimal {
    private static final int PLACES = 6;
    /** Below this, a whole double's text is that of its long (beyond it, too, but the general path is exact). */
    private static final double WHOLE = 1e15;

    private FixedDecimal() {
    }

    /** The text of a finite double; "0" for anything that rounds to zero, whatever its sign. */
    static String of(double d) {
        // whole numbers (counts, and the many zeros of a quiet month) have no decimals to round
        if (d == (long) d && Math.abs(d) < WHOLE) {
            return Long.toString((long) d);
        }
        String shortest = Double.toString(Math.abs(d));
        int e = shortest.indexOf('E');
        String mantissa = e < 0 ? shortest : shortest.substring(0, e);
        int exponent = e < 0 ? 0 : Integer.parseInt(shortest.substring(e + 1));
        int dot = mantissa.indexOf('.');
        // the significant digits, and how many of them stand before the decimal point
        StringBuilder digits = new StringBuilder(mantissa.length() + PLACES + 2);
        digits.append(mantissa, 0, dot).append(mantissa, dot + 1, mantissa.length());
        int before = dot + exponent;
        // shift so that at least one digit stands before the point and every kept decimal exists
        while (before < 1) {
            digits.insert(0, '0');
            before++;
        }
        while (digits.length() < before + PLACES + 1) {
            digits.append('0');
        }
        boolean up = digits.charAt(before + PLACES) >= '5';
        digits.setLength(before + PLACES);
        if (up) {
            int i = digits.length() - 1;
            while (i >= 0 && digits.charAt(i) == '9') {
                digits.setCharAt(i, '0');
                i--;
            }
            if (i < 0) {
                digits.insert(0, '1');
                before++;
            } else {
                digits.setCharAt(i, (char) (digits.charAt(i) + 1));
            }
        }
        // leading zeros of the whole part, then trailing zeros and the point
        int start = 0;
        while (start < before - 1 && digits.charAt(start) == '0') {
            start++;
        }
        int end = digits.length();
        while (end > before && digits.charAt(end - 1) == '0') {
            end--;
        }
        StringBuilder out = new StringBuilder(end - start + 2);
        boolean zero = true;
        for (int i = start; i < end; i++) {
            zero &= digits.charAt(i) == '0';
        }
        if (d < 0 && !zero) {
            out.append('-');
        }
        out.append(digits, start, before);
        if (end > before) {
            out.append('.').append(digits, before, end);
        }
        return out.toString();
    }
}
