package portshift.scenario;

import java.util.Map;

import portshift.model.Doc;

/**
 * What {@code ./portshift calibrate} fits to the reported figures: each parameter by name, in the order searched,
 * declared as an explore uncertainty is, or naming one whose range it shares.
 */
public record CalibrateSection(
        @Doc(value = "parameter names (as calibration.csv and fit.md show them), in the order searched, to their paths "
                + "and range, or to the explore uncertainty they share (uncertainty: its key)", required = true)
        @Keys("name") Map<String, UncertainRange> parameters) {
}
