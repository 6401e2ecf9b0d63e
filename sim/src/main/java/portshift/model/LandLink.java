package portshift.model;

import java.io.Serializable;

/**
 * How a producer's cocaine reaches an export port over land (or by the air bridge).
 *
 * @param port       the export port reached
 * @param costUsdPerKg transport and protection cost, USD per kg
 * @param days       days from the producer's stock to the port
 * @param label      a short description, such as "air bridge via Bolivia"
 */
public record LandLink(Port port, double costUsdPerKg, int days, String label) implements Serializable {
    public LandLink {
        if (costUsdPerKg < 0 || days < 0) {
            throw new IllegalArgumentException("land link cost and days must be >= 0");
        }
    }
}
