package portshift.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.internal.series.AxesChartSeriesCategory;
import org.knowm.xchart.internal.series.AxesChartSeriesNumericalNoErrorBars;
import org.knowm.xchart.internal.series.Series;

/**
 * What an XChart chart draws, as text: its kind and size, title and axis titles, then each series in the order added,
 * with its name and its x, y and extra values (error bars). Styling (colours, strokes, markers, legend places, axis
 * ranges and the annotation lines, which XChart does not expose) is left out: it is not data.
 */
final class ChartData {
    private static final MathContext DIGITS = new MathContext(12, RoundingMode.HALF_EVEN);

    private ChartData() {
    }

    static String of(Chart<?, ?> chart) {
        StringBuilder out = new StringBuilder();
        out.append("chart ").append(chart.getClass().getSimpleName()).append(' ').append(chart.getWidth()).append('x')
                .append(chart.getHeight()).append('\n');
        out.append("title: ").append(text(chart.getTitle())).append('\n');
        out.append("x axis: ").append(text(chart.getXAxisTitle())).append('\n');
        out.append("y axis: ").append(text(chart.getYAxisTitle())).append('\n');
        for (Series s : chart.getSeriesMap().values()) {
            out.append("series: ").append(text(s.getName())).append('\n');
            if (s instanceof AxesChartSeriesNumericalNoErrorBars xy) {
                values(out, "x", numbers(xy.getXData()));
                values(out, "y", numbers(xy.getYData()));
                values(out, "extra", numbers(xy.getExtraValues()));
            } else if (s instanceof AxesChartSeriesCategory c) {
                values(out, "x", cells(c.getXData()));
                values(out, "y", cells(c.getYData()));
                values(out, "extra", cells(c.getExtraValues()));
            } else {
                throw new IllegalArgumentException("no description for series of type " + s.getClass().getName());
            }
        }
        return out.toString();
    }

    /**
     * A number as text, the same on every JDK: the double's exact value rounded to 12 significant digits. Not
     * {@link Double#toString}, whose digits changed in Java 19; and not every digit, because {@link Math#tanh} (the rank
     * correlations' intervals) gives another last bit on Java 25 than on Java 17, far below anything drawn.
     */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        BigDecimal d = new BigDecimal(v).round(DIGITS).stripTrailingZeros();
        return d.scale() < 0 ? d.toPlainString() : d.toString();
    }

    private static String text(String s) {
        return s == null ? "(none)" : s.replace("\\", "\\\\").replace("\n", "\\n");
    }

    private static void values(StringBuilder out, String axis, List<String> values) {
        if (values != null) {
            out.append("  ").append(axis).append(": ").append(String.join(" | ", values)).append('\n');
        }
    }

    private static List<String> numbers(double[] values) {
        if (values == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (double v : values) {
            out.add(number(v));
        }
        return out;
    }

    private static List<String> cells(Collection<?> values) {
        if (values == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (Object v : values) {
            out.add(v == null ? "(none)" : v instanceof Number n ? number(n.doubleValue()) : text(v.toString()));
        }
        return out;
    }
}
