package portshift.scenario;

import portshift.model.Doc;

/**
 * One thing known of the trade, as a scenario declares it under {@code targets}: the reported figure and how the
 * model is judged against it, where it comes from, and how far it can be off (its observation uncertainty) and how far
 * the model's own structure can be from the world for it (the model discrepancy), each with its reason. Checked by
 * {@link DeclaredTargets}.
 */
public record TargetDeclaration(
        @Doc(value = "how the model's figure is judged: POINT (a figure to match), RANGE (to stay in [low, high]), "
                + "UPPER (at most high) or RANK (at least the value-th largest of its measure's places)", required = true)
        TargetKind kind,
        @Doc(value = "the reported figure (POINT) or the rank required (RANK)", min = 0, max = 1e9) Double value,
        @Doc(value = "the low end (RANGE)", min = 0, max = 1e9) Double low,
        @Doc(value = "the high end (RANGE, UPPER)", min = 0, max = 1e9) Double high,
        @Doc(value = "where the figure comes from", maxLength = 500, required = true) String source,
        @Doc(value = "observation uncertainty: the standard deviation of the reported figure's error (incomplete "
                + "reporting, a year unlike others), in the figure's unit", min = 0, max = 1e9, required = true)
        Double observationSd,
        @Doc(value = "why the observation uncertainty is that size, or 'assumption'", maxLength = 500, required = true)
        String observationSource,
        @Doc(value = "model discrepancy: the standard deviation of the model's structural error for this figure, in "
                + "its unit", min = 0, max = 1e9, required = true) Double discrepancySd,
        @Doc(value = "why the model discrepancy is that size, or 'assumption'", maxLength = 500, required = true)
        String discrepancySource) {
}
