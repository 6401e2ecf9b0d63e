package portshift.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import portshift.analysis.Metric;
import portshift.analysis.Outcome;
import portshift.scenario.Sweep;

/**
 * A hand-made exploration of 50 points and 2 replications where B - A is i + 1 in replication 0 and i - 1 in
 * replication 1 at point i: the mean differences 0..49 vary by 212.5 over the points, the noise of a mean is 2 / 2 = 1.
 */
class ReplicationNoiseTest {

    @Test
    void theNoiseShareIsTheNoiseVarianceOfAMeanOverTheSpreadOfTheMeans() {
        int n = 50;
        List<Sweep.Variant> variants = new ArrayList<>();
        Map<String, List<Map<Metric, Double>>> outcomes = new LinkedHashMap<>();
        Metric m = Metric.of(Outcome.DELIVERED_EUROPE);
        for (int i = 0; i < n; i++) {
            for (String policy : List.of("A", "B")) {
                String name = policy + "[point=" + i + "]";
                variants.add(new Sweep.Variant(name, null));
                double base = 100 + 3 * (i % 7);
                List<Map<Metric, Double>> reps = new ArrayList<>();
                for (int r = 0; r < 2; r++) {
                    double shift = policy.equals("A") ? 0 : i + (r == 0 ? 1 : -1);
                    reps.add(Map.of(m, base + 5 * r + shift));
                }
                outcomes.put(name, reps);
            }
        }
        Exploration e = new Exploration(List.of(), List.of("A", "B"), new double[n][0], variants, null, new int[n]);
        double spread = n * (n + 1) / 12.0;   // the sample variance of 0, 1, ..., n - 1
        assertThat(ReplicationNoise.share(e, outcomes, Outcome.DELIVERED_EUROPE, 1)).isCloseTo(1 / spread, offset(1e-9));
    }
}
