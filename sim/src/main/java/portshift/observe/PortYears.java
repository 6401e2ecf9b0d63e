package portshift.observe;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import portshift.model.PortMeasure;

/** Yearly figures per port from a run's monthly rows, over the reported months (after the warm-up). */
public final class PortYears {
    private PortYears() {
    }

    /** Tonnes seized a year at each European port. */
    public static Map<String, Double> seizedTonnesInEurope(List<PortMonth> months) {
        Map<String, Double> kg = new HashMap<>();
        Set<String> reported = new HashSet<>();
        for (PortMonth m : months) {
            if (m.reported() && "EUROPE".equals(m.region())) {
                kg.merge(m.port(), m.get(PortMeasure.SEIZED_KG), Double::sum);
                reported.add(m.month());
            }
        }
        double years = reported.size() / 12.0;
        Map<String, Double> out = new HashMap<>();
        kg.forEach((port, v) -> out.put(port, years > 0 ? v / 1000 / years : 0));
        return out;
    }
}
