package portshift.model;

import java.io.Serializable;
import java.util.List;

/** A producer by port ids; see {@link Producer}. */
public record ProducerSpec(String id, double supplyKgPerYear, double priceUsdPerKg, List<Link> links)
        implements Serializable {
    public ProducerSpec {
        links = List.copyOf(links);
    }

    /** A land (or air bridge) link to an export port. */
    public record Link(String port, double costUsdPerKg, int days, String label) implements Serializable {
    }
}
