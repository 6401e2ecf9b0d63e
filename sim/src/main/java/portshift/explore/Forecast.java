package portshift.explore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import portshift.analysis.Statistics;
import portshift.model.ModelConfig;
import portshift.model.PortMeasure;
import portshift.observe.PortMonth;

/**
 * A forecast over worlds: per policy, port and calendar year, the kilograms attempted through, seized at and
 * delivered through the port, as spread over the worlds (the median and the 5-95% interval of the worlds' values, a
 * world's value being its mean over the replications); and the change from one year to the next, world by world, with
 * its spread and the share of worlds where it rises. Only years the runs report whole (after the warm-up, twelve
 * months) are forecast.
 */
public final class Forecast {
    /** What is forecast at each port. */
    public static final List<PortMeasure> MEASURES = List.of(PortMeasure.ATTEMPTED_KG, PortMeasure.SEIZED_KG,
            PortMeasure.DELIVERED_KG);

    /** A figure's spread over the worlds: median, 5th and 95th percentile. */
    public record Spread(int worlds, double median, double p05, double p95) {
        static Spread of(double[] values) {
            double[] v = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
            return new Spread(v.length, Statistics.quantile(v, 0.5), Statistics.quantile(v, 0.05), Statistics.quantile(v, 0.95));
        }
    }

    /** One port's measure in one year for one policy. */
    public record Cell(String policy, String port, int year, PortMeasure measure, Spread spread) {
    }

    /**
     * The change of one port's measure from a year to the next for one policy.
     *
     * @param rising the share of worlds where it rises, {share, low, high} (Wilson)
     */
    public record Change(String policy, String port, PortMeasure measure, int from, Spread spread, double[] rising) {
    }

    private final List<String> policies;
    private final int points;
    private final List<Integer> years;
    private final Map<String, double[][][][]> byPort = new LinkedHashMap<>();
    private final int[][] replications;

    /**
     * @param policies the policies, in the exploration's order
     * @param points   the worlds
     * @param config   a policy's configuration: which years the runs report whole
     */
    public Forecast(List<String> policies, int points, ModelConfig config) {
        this.policies = List.copyOf(policies);
        this.points = points;
        this.years = wholeYears(config);
        this.replications = new int[policies.size()][points];
    }

    /** The calendar years a run of the configuration reports whole: every month after the warm-up. */
    public static List<Integer> wholeYears(ModelConfig config) {
        LocalDate reported = config.start().plusDays(config.warmupDays());
        LocalDate end = config.start().plusDays(config.days());
        List<Integer> out = new ArrayList<>();
        int first = reported.getDayOfYear() == 1 ? reported.getYear() : reported.getYear() + 1;
        for (int y = first; !LocalDate.of(y + 1, 1, 1).isAfter(end); y++) {
            out.add(y);
        }
        return out;
    }

    public List<Integer> years() {
        return years;
    }

    /** Adds one run's months: policy p's replication at a world. */
    public void add(int point, int policy, List<PortMonth> months) {
        replications[policy][point]++;
        for (PortMonth m : months) {
            int y = years.indexOf(Integer.parseInt(m.month().substring(0, 4)));
            if (!m.reported() || y < 0) {
                continue;
            }
            double[][][][] port = byPort.computeIfAbsent(m.port(),
                    k -> new double[policies.size()][points][years.size()][MEASURES.size()]);
            for (int k = 0; k < MEASURES.size(); k++) {
                port[policy][point][y][k] += m.get(MEASURES.get(k));
            }
        }
    }

    /** One world's value: the mean over its replications. */
    private double value(String port, int policy, int point, int year, int measure) {
        int n = replications[policy][point];
        return n == 0 ? Double.NaN : byPort.get(port)[policy][point][year][measure] / n;
    }

    /** Every policy, port, year and measure. */
    public List<Cell> cells() {
        List<Cell> out = new ArrayList<>();
        for (int p = 0; p < policies.size(); p++) {
            for (String port : byPort.keySet()) {
                for (int y = 0; y < years.size(); y++) {
                    for (int k = 0; k < MEASURES.size(); k++) {
                        double[] v = new double[points];
                        for (int i = 0; i < points; i++) {
                            v[i] = value(port, p, i, y, k);
                        }
                        out.add(new Cell(policies.get(p), port, years.get(y), MEASURES.get(k), Spread.of(v)));
                    }
                }
            }
        }
        return out;
    }

    /** Every policy's, port's and measure's change from the year to the next; the year must be forecast with its next. */
    public List<Change> changes(int from) {
        int y = years.indexOf(from);
        if (y < 0 || y + 1 >= years.size()) {
            throw new IllegalArgumentException(from + " and the next year are not both reported whole");
        }
        List<Change> out = new ArrayList<>();
        for (int p = 0; p < policies.size(); p++) {
            for (String port : byPort.keySet()) {
                for (int k = 0; k < MEASURES.size(); k++) {
                    double[] d = new double[points];
                    int rising = 0;
                    int n = 0;
                    for (int i = 0; i < points; i++) {
                        d[i] = value(port, p, i, y + 1, k) - value(port, p, i, y, k);
                        if (Double.isFinite(d[i])) {
                            n++;
                            rising += d[i] > 0 ? 1 : 0;
                        }
                    }
                    out.add(new Change(policies.get(p), port, MEASURES.get(k), from, Spread.of(d),
                            Statistics.shareCi(rising, n)));
                }
            }
        }
        return out;
    }
}
