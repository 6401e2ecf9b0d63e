package portshift.brief;

import java.util.List;

/**
 * The answer across many points: the declared ranges of an exploration, or the plausible worlds of a history match.
 *
 * @param worlds       whether the points are the worlds of a match (else points of the declared ranges)
 * @param folder       where the results were read
 * @param points       how many points or worlds
 * @param differences  per point, B - A on deliveries (the mean of its replications)
 * @param mean         the mean difference over the points
 * @param low          its 95% interval, low end (NaN where the folder gives none)
 * @param high         high end
 * @param betterShare  the share of points where B delivers less
 * @param betterLow    its Wilson 95% interval, low end
 * @param betterHigh   high end
 * @param drivers      the uncertainties the difference moves with most
 */
public record Spread(boolean worlds, String folder, int points, double[] differences, double mean, double low,
                     double high, double betterShare, double betterLow, double betterHigh, List<Driver> drivers) {

    /**
     * An uncertainty the difference moves with: Spearman's rank correlation over the points, with its interval and
     * the source of its range.
     */
    public record Driver(String uncertainty, double rho, double low, double high, String source) {
    }

    /** The share of points where B does less well on deliveries than it does at {@code single} (B - A above it). */
    public double shareWeaker(double single) {
        int n = 0;
        for (double d : differences) {
            if (d > single) {
                n++;
            }
        }
        return differences.length == 0 ? Double.NaN : n / (double) differences.length;
    }

    public String what() {
        return worlds ? "plausible worlds" : "points of the declared ranges";
    }
}
