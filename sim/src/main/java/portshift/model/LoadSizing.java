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
 * class (exact for one option, otherwise off by the third cumulant, of order width^3). The peak of
 * v over ln L is then found as the root of its derivative, bracketed by the bounds and narrowed by
 * false position (the Illinois method) to 0.1% of L: about ten evaluations of the few classes that
 * carry weight. v has one peak when e x |ln s| < 1 + e for the options that matter (as with the
 * defaults); otherwise the search finds one of its peaks.
 */
final class LoadSizing implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final double WIDTH = 0.05;
    private static final double PER_UNIT = 1 / WIDTH;
    /** Classes of ln s down to -2 (s about 0.14); lower pass chances share the last class. */
    private static final int CLASSES = 40;
    /** Classes with less than this share of the revenue weight are left out (most options weigh next to nothing). */
    private static final double NEGLIGIBLE = 1e-9;
    /** The search stops when the bracket of ln L is narrower than this (0.1% of L). */
    private static final double TOLERANCE = 1e-3;
    /** A bound on the steps of the search; it needs under a dozen. */
    private static final int MAX_STEPS = 60;

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

    /**
     * Sets this week's mix: the first n options of the arrays, in order.
     *
     * @param weight          each option's weight in the choice
     * @param revenueUsdPerKg what a kg fetches if the load gets through
     * @param logSuccess      ln of its believed chance of getting through at the reference load
     * @param fixedUsdPerLoad its cost per load
     */
    void mix(double[] weight, double[] revenueUsdPerKg, double[] logSuccess, double[] fixedUsdPerLoad, int n) {
        Arrays.fill(revenue, 0);
        Arrays.fill(revenueLog, 0);
        Arrays.fill(revenueLogSquared, 0);
        double sum = 0;
        double fixed = 0;
        for (int i = 0; i < n; i++) {
            double w = weight[i];
            double ls = logSuccess[i];
            int k = Math.min(CLASSES - 1, (int) (-ls * PER_UNIT));
            double a = w * revenueUsdPerKg[i];
            revenue[k] += a;
            revenueLog[k] += a * ls;
            revenueLogSquared[k] += a * ls * ls;
            sum += w;
            fixed += w * fixedUsdPerLoad[i];
        }
        weights = sum;
        fixedUsd = fixed;
    }

    /** The load size in [minKg, maxKg] with the highest expected profit per kg for the mix added. */
    double choose(double minKg, double maxKg) {
        if (elasticity == 0 || minKg >= maxKg || weights <= 0) {
            // size does not change the risk: the fixed cost is best spread over the largest load
            return maxKg;
        }
        summarise();
        double lo = Math.log(minKg);
        double hi = Math.log(maxKg);
        double fLo = slope(lo);
        if (fLo <= 0) {
            return minKg;
        }
        double fHi = slope(hi);
        if (fHi >= 0) {
            return maxKg;
        }
        // v rises at lo and falls at hi: narrow the bracket around the peak by false position,
        // halving the slope kept at an end that stays twice in a row (the Illinois method)
        int kept = 0;
        for (int n = 0; n < MAX_STEPS && hi - lo > TOLERANCE; n++) {
            double u = (lo * fHi - hi * fLo) / (fHi - fLo);
            double f = slope(u);
            if (f > 0) {
                lo = u;
                fLo = f;
                fHi = kept > 0 ? fHi / 2 : fHi;
                kept = 1;
            } else if (f < 0) {
                hi = u;
                fHi = f;
                fLo = kept < 0 ? fLo / 2 : fLo;
                kept = -1;
            } else {
                return Math.exp(u);
            }
        }
        return Math.exp((lo + hi) / 2);
    }

    /** v(L) for the mix added, leaving out the cost per kg (which does not depend on L). */
    double profitPerKg(double kg) {
        summarise();
        return value(Math.log(kg));
    }

    /** Mean and half the variance of ln s in each class with weight. */
    private void summarise() {
        double total = 0;
        for (int k = 0; k < CLASSES; k++) {
            total += revenue[k];
        }
        used = 0;
        for (int k = 0; k < CLASSES; k++) {
            if (revenue[k] > NEGLIGIBLE * total) {
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

    /**
     * dv/du at L = exp(u), times the total weight (its sign is all the bisection needs): each class's
     * A exp(x m + x^2 v / 2) changes with u by its exponent's derivative (m + x v) e x.
     */
    private double slope(double u) {
        double x = Math.exp(elasticity * (u - lnReference));
        double sum = 0;
        for (int k = 0; k < used; k++) {
            sum += weightOf[k] * (mean[k] + 2 * x * halfVariance[k]) * Math.exp(x * (mean[k] + x * halfVariance[k]));
        }
        return elasticity * x * sum + fixedUsd * Math.exp(-u);
    }
}
