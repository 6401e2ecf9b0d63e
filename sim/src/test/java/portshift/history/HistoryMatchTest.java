package portshift.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

import portshift.evidence.Target;
import portshift.evidence.TargetFit;
import portshift.evidence.Targets;
import portshift.scenario.Dimension;
import portshift.scenario.TargetKind;

/**
 * History matching on a toy simulator whose true parameters are known: two uncertainties in [0, 1], figures
 * a = 10 x + noise, b = 10 y + 5 x² + noise and, when observed too, c = 20 y + noise (noise sd 0.2 per replication). The
 * observations are the noiseless figures at the truth (0.3, 0.7), each with an observation sd of 0.3 and a model
 * discrepancy of 0.1.
 */
class HistoryMatchTest {
    private static final double X = 0.3;
    private static final double Y = 0.7;
    private static final List<Dimension> DIMENSIONS = List.of(
            new Dimension("x", List.of("x"), false, 0, 1, false, false, "toy"),
            new Dimension("y", List.of("y"), false, 0, 1, false, false, "toy"));

    private static Target point(String name, double value) {
        return new Target(name, TargetKind.POINT, value, Double.NaN, Double.NaN, "toy", 0.3, 0.1);
    }

    private static Targets targets(boolean third) {
        List<Target> t = new ArrayList<>(List.of(point("seized_t:A", 10 * X), point("seized_t:B", 10 * Y + 5 * X * X)));
        if (third) {
            t.add(point("seized_t:C", 20 * Y));
        }
        return new Targets(t);
    }

    /** The toy simulator: two replications per world, noise drawn from the wave's seed, one stream per world. */
    private static HistoryMatch.Runner toy(long seed) {
        return (wave, values) -> {
            List<List<Map<String, Double>>> out = new ArrayList<>();
            for (int i = 0; i < values.length; i++) {
                MersenneTwister noise = new MersenneTwister(seed * 1_000_003L + wave * 10_007L + i);
                List<Map<String, Double>> reps = new ArrayList<>();
                for (int r = 0; r < 2; r++) {
                    double x = values[i][0];
                    double y = values[i][1];
                    Map<String, Double> f = new LinkedHashMap<>();
                    f.put("seized_t:A", 10 * x + 0.2 * noise.nextGaussian());
                    f.put("seized_t:B", 10 * y + 5 * x * x + 0.2 * noise.nextGaussian());
                    f.put("seized_t:C", 20 * y + 0.2 * noise.nextGaussian());
                    reps.add(f);
                }
                out.add(reps);
            }
            return out;
        };
    }

    private static HistoryMatch matcher(long seed, boolean third) {
        return new HistoryMatch(DIMENSIONS, targets(third), new HistoryMatch.Settings(200, 4, 3, 1, seed));
    }

    private static List<Wave> match(long seed, boolean third) {
        return matcher(seed, third).run(toy(seed));
    }

    private static List<PointFit> worlds(List<Wave> waves, boolean third) {
        return HistoryMatch.fits(matcher(0, third).worlds(waves));
    }

    /** Per uncertainty, the lowest and highest value among the kept worlds. */
    private static double[][] keptRange(List<Wave> waves, boolean third) {
        double[][] r = {{1, 0}, {1, 0}};
        for (PointFit w : worlds(waves, third)) {
            for (int j = 0; j < 2; j++) {
                r[j][0] = Math.min(r[j][0], w.values()[j]);
                r[j][1] = Math.max(r[j][1], w.values()[j]);
            }
        }
        return r;
    }

    @Test
    void theKeptWorldsContainTheTruthInEverySeedAndExcludeWhatIsFarFromIt() {
        for (long seed = 1; seed <= 5; seed++) {
            List<Wave> waves = match(seed, false);
            double[][] r = keptRange(waves, false);
            assertThat(worlds(waves, false)).as("seed %d", seed).isNotEmpty();
            assertThat(X).as("seed %d: x", seed).isBetween(r[0][0], r[0][1]);
            assertThat(Y).as("seed %d: y", seed).isBetween(r[1][0], r[1][1]);
            // far from the truth: a = 10 x is off by 5 (15 sd) at x = 0.8
            assertThat(r[0][1]).as("seed %d: no kept world far above the true x", seed).isLessThan(0.6);
            assertThat(waves.get(0).ruledOut()).as("the first wave rules most of the space out").isGreaterThan(0.5);
        }
    }

    @Test
    void moreObservationsLeaveFewerWorlds() {
        double[][] two = keptRange(match(1, false), false);
        double[][] three = keptRange(match(1, true), true);
        assertThat(three[1][1] - three[1][0]).as("the range of y with c observed too")
                .isLessThan(two[1][1] - two[1][0]);
        List<Wave> w2 = match(1, false);
        List<Wave> w3 = match(1, true);
        assertThat(w3.get(w3.size() - 1).plausibleVolume()).isLessThan(w2.get(w2.size() - 1).plausibleVolume());
    }

    @Test
    void theSameSeedGivesTheSameWaves() {
        List<Wave> a = match(3, false);
        List<Wave> b = match(3, false);
        assertThat(a).hasSameSizeAs(b);
        for (int w = 0; w < a.size(); w++) {
            assertThat(a.get(w).shares()).isDeepEqualTo(b.get(w).shares());
        }
    }

    @Test
    void laterWavesRefocusAndTheEmulatorSaysHowWellItPredicted() {
        List<Wave> waves = match(2, false);
        assertThat(waves).hasSizeGreaterThan(1);
        Wave second = waves.get(1);
        assertThat(second.ruledOut()).as("a refocused wave keeps more").isLessThan(waves.get(0).ruledOut());
        assertThat(second.check()).isNotNull();
        assertThat(second.check().withinTwo()[0]).as("a's emulator within 2 sd").isGreaterThan(0.8);
    }

    @Test
    void aHandWorkedImplausibility() {
        // Antwerp: 116 t reported, sd 23.2 for the observation and 23.2 for the discrepancy; the model 54 t with a
        // variance of its mean of 4: I = 62 / sqrt(23.2² + 23.2² + 4) = 62 / 32.871 = 1.8862
        Target antwerp = new Target("seized_t:ANTWERP", TargetKind.POINT, 116, Double.NaN, Double.NaN, "", 23.2, 23.2);
        assertThat(Implausibility.of(new TargetFit(antwerp, 54, 116), 4)).isCloseTo(1.8862, within(1e-4));
        // a range [0.10, 0.20] missed at 0.25, sds 0.03 and 0.02: 0.05 / sqrt(0.0013) = 1.3868
        Target rate = new Target("interception_rate", TargetKind.RANGE, Double.NaN, 0.1, 0.2, "", 0.03, 0.02);
        assertThat(Implausibility.of(new TargetFit(rate, 0.25, Double.NaN), 0)).isCloseTo(1.3868, within(1e-4));
        assertThat(Implausibility.of(new TargetFit(rate, 0.15, Double.NaN), 0)).isZero();
        // a rank: 50 t short of the figure needed, sds 50 and 50: 50 / 70.71 = 0.7071
        Target rank = new Target("exported_t:GUAYAQUIL", TargetKind.RANK, 3, Double.NaN, Double.NaN, "", 50, 50);
        assertThat(Implausibility.of(new TargetFit(rank, 250, 300), 0)).isCloseTo(0.7071, within(1e-4));
        assertThat(Implausibility.ranked(new double[] {0.5, 3.5, 2.0}, 1)).isEqualTo(3.5);
        assertThat(Implausibility.ranked(new double[] {0.5, 3.5, 2.0}, 2)).isEqualTo(2.0);
    }
}
