package portshift.analysis;

/**
 * The Weighted Displacement Quotient (Bowers and Johnson 2003) for one intervention: with A the
 * target (the ports the intervention changed), B the buffer (the other European ports) and C the
 * control (the trend any port would follow; in the model's runs the supply, which is constant), each measured as kilograms
 * attempted in a window before and a window after the intervention,
 * <pre>WDQ = (B1/C1 - B0/C0) / (A1/C1 - A0/C0)</pre>
 * A negative WDQ means displacement (A fell, B rose); a positive one diffusion of benefits (both
 * fell); below -1 the displacement outweighs the fall at the target. The displaced share is the
 * rise in B as a share of the fall in A, -WDQ, when A fell.
 *
 * @param targetBefore  kg attempted at A in the window before
 * @param targetAfter   kg attempted at A in the window after
 * @param bufferBefore  kg attempted at B before
 * @param bufferAfter   kg attempted at B after
 * @param controlBefore kg supplied before
 * @param controlAfter  kg supplied after
 */
public record Displacement(double targetBefore, double targetAfter, double bufferBefore, double bufferAfter,
                           double controlBefore, double controlAfter) {

    /** The quotient, or NaN where the target did not change relative to the control. */
    public double wdq() {
        double targetChange = targetAfter / controlAfter - targetBefore / controlBefore;
        if (targetChange == 0 || !Double.isFinite(targetChange)) {
            return Double.NaN;
        }
        return (bufferAfter / controlAfter - bufferBefore / controlBefore) / targetChange;
    }

    /** Share of the target's fall (relative to the control) that reappeared in the buffer; NaN if A did not fall. */
    public double displacedShare() {
        double fall = targetBefore / controlBefore - targetAfter / controlAfter;
        if (fall <= 0 || !Double.isFinite(fall)) {
            return Double.NaN;
        }
        return (bufferAfter / controlAfter - bufferBefore / controlBefore) / fall;
    }
}
