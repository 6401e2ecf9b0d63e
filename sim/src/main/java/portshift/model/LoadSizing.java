package portshift.model;

import java.io.Serializable;
import java.util.Arrays;

/**
 * How much an organisation puts in one container. A larger load is found more easily at each
 * inspection, a smaller one spreads the fixed cost of a load (front company and cover cargo, or
 * the insiders' entries) over fewer kilograms; for the week's choice mix the organisation takes the
 * load size L in [min, max] with the highest expected profit per kg,
 * <pre>
 * v(L) = sum_i w_i [ s_i^x(L) R_i - c_i - F_i / L ] / sum_i w_i,   x(L) = (L / reference)^e
 * </pre>
 * with w_i the option's weight in the choice, s_i its believed chance of getting through at the
 * reference load, R_i its revenue per kg delivered, c_i its cost per kg, F_i its cost per load and
 * e the size elasticity of detection (c_i does not depend on L and is left out).
 *
 * <p>So that an evaluation of v does not cost one power per option, options are added into classes
 * of ln s_i of width {@value #WIDTH}; a class's revenue term sum a_i exp(x ln s_i) is taken as
 * A exp(x m + x^2 v / 2), with A, m and v the revenue weight, mean and variance of ln s_i in the
 * class (exact for one option, otherwise off by the third cumulant, of order width^3). v is then
 * maximised over ln L by a grid of {@value #GRID} steps and golden-section search around the best
 * grid point: about two dozen evaluations of a few classes each.
 */
final class LoadSizing implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final double WIDTH = 0.05;
    /** Classes of ln s down to -2 (s about 0.14); lower pass chances share the last class. */
    private static final int CLASSES = 40;
    private static final int GRID = 8;
    /** Golden-section search stops when the bracket of ln L is narrower than this (0.1% of L). */
    private static final double TOLERANCE = 1e-3;
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    private final double lnReference;
    private final double elasticity;
    private final double[] revenue = new double[CLASSES];
    private final double[] revenueLog = new double[CLASSES];
    private final double[] revenueLogSquared = new double[CLASSES];
    private final double[] mean = new double[CLASSES];
    private final double[] halfVariance = new double[CLASSES];
    private final double[] weightOf = new double[CLASSES];
    private int used;
    private double weights;
    private double fixedUsd;

    /**
     * @param referenceLoadKg the load at which the believed pass chances hold
     * @param elasticity      how detection rises with load size (0: it does not)
     */
    LoadSizing(double referenceLoadKg, double elasticity) {
        this.lnReference = Math.log(referenceLoadKg);
        this.elasticity = elasticity;
    }

    /** Forgets last week's mix. */
    void clear() {
        Arrays.fill(revenue, 0);
        Arrays.fill(revenueLog, 0);
        Arrays.fill(revenueLogSquared, 0);
        weights = 0;
        fixedUsd = 0;
    }

    /**
     * Adds an option to this week's mix.
     *
     * @param weight          its weight in the choice
     * @param revenueUsdPerKg what a kg fetches if the load gets through
     * @param logSuccess      ln of its believed chance of getting through at the reference load
     * @param fixedUsdPerLoad its cost per load
     */
    void add(double weight, double revenueUsdPerKg, double logSuccess, double fixedUsdPerLoad) {
        int k = Math.min(CLASSES - 1, (int) (-logSuccess / WIDTH));
        double a = weight * revenueUsdPerKg;
        revenue[k] += a;
        revenueLog[k] += a * logSuccess;
        revenueLogSquared[k] += a * logSuccess * logSuccess;
        weights += weight;
        fixedUsd += weight * fixedUsdPerLoad;
    }

    /** The load size in [minKg, maxKg] with the highest expected profit per kg for the mix added. */
    double choose(double minKg, double maxKg) {
        if (elasticity == 0 || minKg >= maxKg || weights <= 0) {
            // size does not change the risk: the fixed cost is best spread over the largest load
            return maxKg;
        }
        summarise();
        double lo = Math.log(minKg);
        double step = (Math.log(maxKg) - lo) / GRID;
        int best = 0;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int g = 0; g <= GRID; g++) {
            double v = value(lo + g * step);
            if (v > bestValue) {
                bestValue = v;
                best = g;
            }
        }
        double a = lo + Math.max(0, best - 1) * step;
        double b = lo + Math.min(GRID, best + 1) * step;
        double c = b - GOLDEN * (b - a);
        double d = a + GOLDEN * (b - a);
        double fc = value(c);
        double fd = value(d);
        while (b - a > TOLERANCE) {
            if (fc > fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - GOLDEN * (b - a);
                fc = value(c);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + GOLDEN * (b - a);
                fd = value(d);
            }
        }
        double u = (a + b) / 2;
        if (value(u) > bestValue) {
            return Math.min(maxKg, Math.max(minKg, Math.exp(u)));
        }
        return best == 0 ? minKg : best == GRID ? maxKg : Math.exp(lo + best * step);
    }

    /** v(L) for the mix added, leaving out the cost per kg (which does not depend on L). */
    double profitPerKg(double kg) {
        summarise();
        return value(Math.log(kg));
    }

    /** Mean and half the variance of ln s in each class with weight. */
    private void summarise() {
        used = 0;
        for (int k = 0; k < CLASSES; k++) {
            if (revenue[k] > 0) {
                double m = revenueLog[k] / revenue[k];
                mean[used] = m;
                halfVariance[used] = Math.max(0, revenueLogSquared[k] / revenue[k] - m * m) / 2;
                weightOf[used] = revenue[k];
                used++;
            }
        }
    }

    /** v at L = exp(u). */
    private double value(double u) {
        double x = Math.exp(elasticity * (u - lnReference));
        double sum = 0;
        for (int k = 0; k < used; k++) {
            sum += weightOf[k] * Math.exp(x * (mean[k] + x * halfVariance[k]));
        }
        return (sum - fixedUsd * Math.exp(-u)) / weights;
    }
}
