package portshift.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.RangeType;
import org.jfree.ui.Layer;
import sim.util.media.chart.TimeSeriesChartGenerator;

/** The live charts' time axes: dates in UTC on x, a y axis from zero, and dashed lines at interventions' dates. */
final class DateAxes {
    /** The dashed line at an intervention's date. */
    static final Color MARKER = new Color(70, 70, 70);
    static final String MARKER_LABEL = "intervention (dashed line at its date)";
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private DateAxes() {
    }

    /** Dates on the x axis, a y axis from zero spanning at least {@code least}, and the markers' legend entry. */
    static void axes(TimeSeriesChartGenerator chart, double least) {
        XYPlot plot = chart.getChart().getXYPlot();
        DateAxis x = new DateAxis("date");
        x.setTimeZone(UTC);
        x.setStandardTickUnits(dateUnits());
        x.setLowerMargin(0);
        x.setUpperMargin(0.02);
        plot.setDomainAxis(x);
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        y.setRangeType(RangeType.POSITIVE);
        y.setAutoRangeIncludesZero(true);
        y.setAutoRangeMinimumSize(least);
        LegendTitle legend = chart.getChart().getLegend();
        if (legend != null) {
            LegendItemSource lines = plot.getRenderer();
            LegendItemSource marker = () -> {
                LegendItemCollection items = new LegendItemCollection();
                LegendItem item = new LegendItem(MARKER_LABEL, null, null, null, new Line2D.Double(-7, 0, 7, 0),
                        markerStroke(), MARKER);
                items.add(item);
                return items;
            };
            legend.setSources(new LegendItemSource[] {lines, marker});
        }
    }

    /** Ticks at months, quarters, half-years and years, labelled "Mar 2024" (years: "2024"), in UTC. */
    private static TickUnits dateUnits() {
        TickUnits units = new TickUnits();
        units.add(new DateTickUnit(DateTickUnitType.DAY, 7, format("d MMM yyyy")));
        units.add(new DateTickUnit(DateTickUnitType.DAY, 14, format("d MMM yyyy")));
        units.add(new DateTickUnit(DateTickUnitType.MONTH, 1, format("MMM yyyy")));
        units.add(new DateTickUnit(DateTickUnitType.MONTH, 2, format("MMM yyyy")));
        units.add(new DateTickUnit(DateTickUnitType.MONTH, 3, format("MMM yyyy")));
        units.add(new DateTickUnit(DateTickUnitType.MONTH, 6, format("MMM yyyy")));
        units.add(new DateTickUnit(DateTickUnitType.YEAR, 1, format("yyyy")));
        units.add(new DateTickUnit(DateTickUnitType.YEAR, 2, format("yyyy")));
        units.add(new DateTickUnit(DateTickUnitType.YEAR, 5, format("yyyy")));
        return units;
    }

    private static SimpleDateFormat format(String pattern) {
        SimpleDateFormat f = new SimpleDateFormat(pattern, Locale.ENGLISH);
        f.setTimeZone(UTC);
        return f;
    }

    private static BasicStroke markerStroke() {
        return new BasicStroke(1.3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {5, 4}, 0);
    }

    /** Midnight (UTC) of a date, in milliseconds: the charts' x. */
    static double millis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** A dashed line on a chart at x, a date in milliseconds (once: a second at the same date adds none). */
    static void mark(TimeSeriesChartGenerator chart, double x) {
        XYPlot plot = chart.getChart().getXYPlot();
        if (markerAt(plot, x)) {
            return;
        }
        ValueMarker m = new ValueMarker(x, MARKER, markerStroke());
        m.setLabel(null);
        plot.addDomainMarker(m);
    }

    private static boolean markerAt(XYPlot plot, double x) {
        Collection<?> markers = plot.getDomainMarkers(Layer.FOREGROUND);
        if (markers == null) {
            return false;
        }
        for (Object o : markers) {
            if (o instanceof ValueMarker v && v.getValue() == x) {
                return true;
            }
        }
        return false;
    }

    /** The dates of the intervention markers on a chart, in milliseconds, sorted. */
    static List<Double> markerDates(TimeSeriesChartGenerator chart) {
        Collection<?> markers = chart.getChart().getXYPlot().getDomainMarkers(Layer.FOREGROUND);
        List<Double> out = new ArrayList<>();
        if (markers != null) {
            for (Object o : markers) {
                out.add(((ValueMarker) o).getValue());
            }
        }
        out.sort(null);
        return out;
    }
}
