package portshift.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import portshift.analysis.Comparison;
import portshift.analysis.Metric;
import portshift.analysis.Outcome;

/**
 * The spread of the main outcomes over replications, as box plots on axes from 0, one panel per outcome, one row per
 * scenario in its colour.
 */
final class OutcomeBoxes {
    /** The panels, in the order drawn: flows and interception first, then what they cost. */
    static final List<Outcome> MAIN = List.of(Outcome.DELIVERED_EUROPE, Outcome.SEIZED_EUROPE, Outcome.SEIZED_UPSTREAM,
            Outcome.INTERCEPTION_RATE, Outcome.FRANCE_SPAIN_SHARE, Outcome.LEGIT_DELAY);

    private OutcomeBoxes() {
    }

    static Figure panels(Map<String, List<Map<Metric, Double>>> outcomes, Scenes scenes) {
        List<Figure.Panel> panels = new ArrayList<>();
        for (Outcome outcome : MAIN) {
            Metric metric = Metric.of(outcome);
            List<BoxPanel.Row> rows = new ArrayList<>();
            for (String s : scenes.scenarios()) {
                double[] values = Comparison.values(outcomes.getOrDefault(s, List.of()), metric);
                rows.add(new BoxPanel.Row(scenes.label(s), scenes.scenarioColour(s), values));
            }
            panels.add(new BoxPanel(outcome.label(), outcome.label() + " [" + outcome.unit() + "]", rows));
        }
        return Figure.grid(panels, scenes.scenarios().size() > 6 ? 2 : 3)
                .captioned(List.of("Each box: the middle half of the replications, the thick line their median, the "
                        + "whiskers the furthest values within 1.5 box lengths, circles the values beyond; axes from 0."));
    }
}
