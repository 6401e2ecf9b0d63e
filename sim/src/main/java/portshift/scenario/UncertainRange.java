package portshift.scenario;

import java.util.List;

import portshift.model.Doc;

/**
 * One uncertain quantity as a scenario declares it, the same shape under {@code explore.uncertainties} and
 * {@code calibrate.parameters}: the field paths it sets together, whether its value replaces or multiplies theirs, the
 * range searched, how values spread over it, and where the range comes from. A calibration parameter may instead name
 * an explore uncertainty, so that a range both use is written once. Checked by {@link SearchSpace}, which reports
 * what is missing: range and source are required unless {@code uncertainty} is given.
 */
public record UncertainRange(
        @Doc(value = "the lowest and the highest value searched, in the field's own unit, or of the factor (each end is "
                + "also checked against the field's own range); required unless uncertainty is given", min = -1e9, max = 1e9)
        List<Double> range,
        @Doc(value = "where the range comes from, or 'assumption'; required unless uncertainty is given", maxLength = 500)
        String source,
        @Doc(value = "how values spread over the range: linear (evenly, the default) or log (evenly in the logarithm, "
                + "for a range over an order of magnitude or more; both ends above 0)", maxLength = 10)
        String scale,
        @Doc("the field paths set together, as in a sweep; a list element may be chosen by a field's value, as in "
                + "world.producers.COLOMBIA.links[port=SANTOS].cost_usd_per_kg (default: the key itself, a single path)")
        List<String> paths,
        @Doc("true: the value multiplies the scenario's values at the paths, which keeps their ratios (a count is "
                + "rounded); false (the default): the value replaces them")
        Boolean factor,
        @Doc("calibrate.parameters only: the key of an entry under explore.uncertainties whose paths, factor, range, "
                + "scale and source this parameter takes, given instead of them")
        String uncertainty) {
}
