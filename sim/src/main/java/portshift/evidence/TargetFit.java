package portshift.evidence;

import portshift.scenario.TargetKind;

/**
 * The model's figure against one target, and its term of the calibration's loss (docs/validation.md):
 * <ul>
 * <li>POINT: [ln((model + o) / (reported + o))]², with o one tonne (or one percentage point for a share);</li>
 * <li>RANGE and UPPER: {@value #PENALTY} × (distance outside the range / its width)²;</li>
 * <li>RANK: [ln((needed + o) / (model + o))]² when the model's figure falls short of the figure it needs, that of the
 * place at the required rank among the others, and 0 otherwise.</li>
 * </ul>
 *
 * @param model     the model's figure (a figure the runs leave undefined counts as 0)
 * @param reference what the model is compared with: the reported figure (POINT), the figure needed for the rank
 *                  (RANK); NaN for ranges
 */
public record TargetFit(Target target, double model, double reference) {
    /** Weight of a range's penalty: a figure a tenth of the range's width outside it costs 10, as a point target missed 24-fold. */
    public static final double PENALTY = 1000;
    /** A single port's point target is met within this factor either way. */
    public static final double FACTOR = 1.5;

    /** This target's term of the loss. */
    public double term() {
        double o = target.offset();
        return switch (target.kind()) {
            case POINT -> square(Math.log((model + o) / (reference + o)));
            case RANK -> model >= reference ? 0 : square(Math.log((reference + o) / (model + o)));
            case RANGE, UPPER -> {
                double outside = Math.max(0, target.low() - model) + Math.max(0, model - target.high());
                yield PENALTY * square(outside / (target.high() - target.low()));
            }
        };
    }

    /** Model over reference (POINT, RANK); NaN for ranges or a reference of zero. */
    public double ratio() {
        return Double.isFinite(reference) && reference > 0 ? model / reference : Double.NaN;
    }

    /** For a single port's point target, whether the model is within {@link #FACTOR} of it; null for other targets. */
    public Boolean withinFactor() {
        if (target.kind() != TargetKind.POINT || !target.singlePort()) {
            return null;
        }
        double r = ratio();
        return r >= 1 / FACTOR && r <= FACTOR;
    }

    /** Whether a range, bound or rank is met; null for point targets (judged by {@link #withinFactor()}). */
    public Boolean met() {
        return switch (target.kind()) {
            case POINT -> null;
            case RANK -> model >= reference;
            case RANGE, UPPER -> model >= target.low() && model <= target.high();
        };
    }

    private static double square(double x) {
        return x * x;
    }
}
