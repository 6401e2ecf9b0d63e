package portshift.observe;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

import portshift.model.PortMeasure;

/**
 * One port in one month: a row of {@code ports.csv}, with a value for every {@link PortMeasure}. Flows are for
 * the month; levels are at its end.
 */
public final class PortMonth implements Serializable {
    private static final long serialVersionUID = 2L;

    private final String port;
    private final String region;
    private final String role;
    private final String month;
    private final boolean reported;
    private final double[] values;
    /** The month as a date, once asked for (analyses ask for it row after row). */
    private transient YearMonth yearMonth;

    /**
     * @param month    YYYY-MM
     * @param reported whether the month is after the warm-up
     * @param values   a value per measure, in the order of their declaration
     */
    public PortMonth(String port, String region, String role, String month, boolean reported, double[] values) {
        if (values.length != PortMeasure.count()) {
            throw new IllegalArgumentException(values.length + " values for " + PortMeasure.count() + " port measures");
        }
        this.port = port;
        this.region = region;
        this.role = role;
        this.month = month;
        this.reported = reported;
        this.values = values.clone();
    }

    /** A row with the measures named, the others 0: for rows made by hand. */
    public PortMonth(String port, String region, String role, String month, boolean reported,
                     Map<PortMeasure, Double> values) {
        this(port, region, role, month, reported, valuesOf(values));
    }

    private static double[] valuesOf(Map<PortMeasure, Double> named) {
        double[] values = new double[PortMeasure.count()];
        named.forEach((m, v) -> values[m.ordinal()] = v);
        return values;
    }

    public String port() {
        return port;
    }

    public String region() {
        return region;
    }

    public String role() {
        return role;
    }

    /** YYYY-MM. */
    public String month() {
        return month;
    }

    /** The month as a date. */
    public YearMonth yearMonth() {
        YearMonth m = yearMonth;
        if (m == null) {
            m = parse(month);
            yearMonth = m;
        }
        return m;
    }

    /** YYYY-MM read directly; any other text as {@link YearMonth#parse} reads it (or refuses it). */
    static YearMonth parse(String text) {
        if (text.length() == 7 && text.charAt(4) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            if (year >= 0 && month >= 1 && month <= 12) {
                return YearMonth.of(year, month);
            }
        }
        return YearMonth.parse(text);
    }

    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** Whether the month is after the warm-up. */
    public boolean reported() {
        return reported;
    }

    public double get(PortMeasure measure) {
        return values[measure.ordinal()];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PortMonth m && reported == m.reported && port.equals(m.port) && region.equals(m.region)
                && role.equals(m.role) && month.equals(m.month) && Arrays.equals(values, m.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(port, month) * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "PortMonth[" + port + " " + month + (reported ? "" : " (warm-up)") + " " + Arrays.toString(values) + "]";
    }
}
