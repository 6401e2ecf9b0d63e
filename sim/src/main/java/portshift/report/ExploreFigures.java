package portshift.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import portshift.analysis.Metric;
import portshift.analysis.Outcome;
import portshift.explore.Discovery;
import portshift.explore.Exploration;
import portshift.explore.Robustness;
import portshift.explore.SensitivityRow;

/**
 * The figures of an exploration, as PNG files in {@code figures/}: how the policy differences are spread over the
 * points, each uncertainty's influence on them (rank correlations, Morris's mu* or Sobol indices, by design), the PRIM
 * peeling trajectory, and which policy wins over the two most influential uncertainties.
 */
public final class ExploreFigures {
    /** The outcomes whose sensitivity is drawn. */
    static final List<Outcome> SENSITIVE = List.of(Outcome.DELIVERED_EUROPE, Outcome.SEIZED_EUROPE,
            Outcome.INTERCEPTION_RATE);

    private ExploreFigures() {
    }

    public static void write(Path dir, Exploration e, Map<String, List<Map<Metric, Double>>> outcomes,
                             List<SensitivityRow> sensitivity, Discovery discovery) {
        if (e.policies().size() < 2) {
            return;
        }
        Figures.colours(dir, Scenes.named(e.policies()));
        List<double[][]> differences = new ArrayList<>();
        for (Outcome o : OutcomeBoxes.MAIN) {
            double[][] means = Robustness.means(e, outcomes, o);
            double[][] d = new double[means.length - 1][];
            for (int p = 1; p < means.length; p++) {
                d[p - 1] = SensitivityRow.differences(means, p);
            }
            differences.add(d);
        }
        Figures.save(dir, "differences.png",
                DifferenceHistograms.panels(OutcomeBoxes.MAIN, e.policies(), differences.toArray(new double[0][][])));
        List<String> paths = e.labels();
        List<List<Integer>> ranked = new ArrayList<>();
        for (Outcome o : SENSITIVE) {
            ranked.add(SensitivityRow.ranked(e, sensitivity, o));
        }
        Figures.save(dir, "sensitivity.png", SensitivityBars.panels(SENSITIVE, SensitivityRow.difference(e, 1),
                sensitivity, paths, ranked));
        if (discovery != null) {
            String cases = e.policies().get(1) + " " + discovery.worse() + " than " + e.policies().get(0) + " on "
                    + discovery.outcome().label();
            Figures.save(dir, "prim_trajectory.png", Figure.of(PrimChart.chart(discovery, cases)));
            Outcome o = discovery.outcome();
            List<Integer> top = SensitivityRow.ranked(e, sensitivity, o);
            if (top.size() >= 2) {
                int a = top.get(0);
                int b = top.get(1);
                int[] best = Robustness.winners(o, Robustness.means(e, outcomes, o));
                Figures.save(dir, "winners.png", Figure.of(WinnerScatter.chart(o, e.policies(), paths.get(a),
                        column(e, a), paths.get(b), column(e, b), best)));
            }
        }
    }

    private static double[] column(Exploration e, int j) {
        double[] out = new double[e.points()];
        for (int i = 0; i < out.length; i++) {
            out[i] = e.values()[i][j];
        }
        return out;
    }
}
