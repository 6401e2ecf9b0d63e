package portshift.brief;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything a brief says, read from results folders: the question (two scenarios and, if run, the status quo), each
 * outcome's verdict, the figures, the flow per port for the displacement map, and the answer across the declared
 * ranges and across the plausible worlds where those were run.
 *
 * @param a            the first arm's name
 * @param b            the second arm's name
 * @param descriptions each scenario's description, by name
 * @param replications replications per arm
 * @param verdicts     B against A, per outcome, in comparison.csv's order
 * @param statusQuo    the status quo's name, or null
 * @param againstToday B against the status quo, per outcome (empty without one)
 * @param figures      the comparison's figures
 * @param map          the ports and the land, for the displacement map
 * @param explored     the answer over the declared ranges, or null
 * @param matched      the answer over the plausible worlds, or null
 */
public record Brief(String a, String b, Map<String, String> descriptions, int replications, List<Verdict> verdicts,
                    String statusQuo, List<Verdict> againstToday, List<Path> figures, FlowMap map, Spread explored,
                    Spread matched) {

    /** The verdict on deliveries to Europe, the question's headline. */
    public Verdict delivered() {
        return verdicts.stream().filter(v -> v.column().equals("delivered_europe_t_per_year")).findFirst()
                .orElse(verdicts.get(0));
    }
}
