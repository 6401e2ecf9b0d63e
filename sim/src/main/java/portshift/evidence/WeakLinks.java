package portshift.evidence;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

import portshift.analysis.FlowShares;
import portshift.experiment.RunResult;
import portshift.model.PortMeasure;
import portshift.observe.PortMonth;

/**
 * Pattern 4: the same added scanners spread over the alliance's members by risk against put into Antwerp and Rotterdam,
 * judged on the cocaine delivered through the ports that were weak links before the scanners came. The weak links are
 * fixed per replication from the months before the intervention, when the two variants are the same run (they share
 * the seed and differ only from that day), so that a policy cannot pass by moving ports out of the set it is judged
 * on, as a share of flow through ports under the bound in the same month could (harmonization lifts every member
 * over it by construction).
 */
final class WeakLinks {
    private WeakLinks() {
    }

    /**
     * @param spread       the runs with the scanners spread over the members
     * @param concentrated the runs with the same scanners at one or two ports, replication by replication
     * @param from         the month of the variants' intervention
     * @param added        the scanners each variant adds
     */
    static PatternResult of(List<RunResult> spread, List<RunResult> concentrated, YearMonth from, int added) {
        int n = Math.min(spread.size(), concentrated.size());
        double[] tonnesSpread = new double[n];
        double[] tonnesConcentrated = new double[n];
        Map<String, Integer> weakIn = new TreeMap<>();
        double ports = 0;
        for (int i = 0; i < n; i++) {
            RunResult s = spread.get(i);
            RunResult c = concentrated.get(i);
            Patterns.checkPaired(s, c);
            Set<String> weak = weakBefore(s.ports(), from, FlowShares.LOW_SCREENING);
            Set<String> weakToo = weakBefore(c.ports(), from, FlowShares.LOW_SCREENING);
            if (!weak.equals(weakToo)) {
                throw new IllegalArgumentException("pattern 4: replication " + i + ": the variants differ before "
                        + from + " (weak ports " + weak + " against " + weakToo + "); they must differ only from "
                        + "their intervention on");
            }
            weak.forEach(p -> weakIn.merge(p, 1, Integer::sum));
            ports += weak.size();
            tonnesSpread[i] = deliveredTonnesPerYear(s.ports(), weak, from);
            tonnesConcentrated[i] = deliveredTonnesPerYear(c.ports(), weak, from);
        }
        double[] diff = new double[n];
        for (int i = 0; i < n; i++) {
            diff[i] = tonnesSpread[i] - tonnesConcentrated[i];
        }
        double[] ci = Intervals.mean(diff);
        List<String> detail = new ArrayList<>();
        detail.add(weakIn.isEmpty() ? "no European port screened under " + percent(FlowShares.LOW_SCREENING)
                + " before " + from : String.format(Locale.ROOT, "weak links before %s, with the runs of %d in which "
                + "each was one: %s (%.1f ports a run)", from, n, String.join(", ", weakIn.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).toList()), ports / Math.max(1, n)));
        detail.add(String.format(Locale.ROOT, "delivered through them %s t/yr spread, %s concentrated",
                Patterns.shown(Intervals.mean(tonnesSpread), "%.1f"),
                Patterns.shown(Intervals.mean(tonnesConcentrated), "%.1f")));
        detail.add("weak-link share (kg to ports screening under the bound that month), spread minus concentrated: "
                + String.join(", ", RunFacts.WEAK_SCREENING.stream().map(b -> sharesUnder(spread, concentrated, b))
                .toList()));
        return new PatternResult(4, "Harmonized controls leave fewer weak links than the same effort at one port",
                false,
                String.format(Locale.ROOT, "t/yr delivered from %s on through the European ports that screened under "
                        + "%s of their containers before it: %d more scanners spread over the alliance's members by "
                        + "their Latin American containers (pattern-effort-spread.yaml) minus the same at Antwerp and "
                        + "Rotterdam (pattern-effort-concentrated.yaml)", from, percent(FlowShares.LOW_SCREENING),
                        added),
                "difference < 0", ci[0], ci[1], ci[2], String.join("; ", detail),
                List.of(Condition.highBelow("difference", ci, 0)));
    }

    /** The weak-link share under a bound, as before: spread minus concentrated, with both means. */
    private static String sharesUnder(List<RunResult> spread, List<RunResult> concentrated, double bound) {
        ToDoubleFunction<RunResult> share = r -> FlowShares.belowScreening(r.ports(), bound);
        return String.format(Locale.ROOT, "under %s %s (%.3f against %.3f)", percent(bound),
                Patterns.shown(Intervals.mean(Patterns.paired(spread, concentrated, share)), "%.3f"),
                Intervals.mean(RunFacts.each(spread, share))[0], Intervals.mean(RunFacts.each(concentrated, share))[0]);
    }

    /**
     * The European ports that screened under the bound of their containers over the reported months before the given
     * month, those months taken together.
     */
    static Set<String> weakBefore(List<PortMonth> months, YearMonth from, double bound) {
        Map<String, double[]> counts = new TreeMap<>();
        for (PortMonth m : months) {
            if (m.reported() && "EUROPE".equals(m.region()) && m.yearMonth().isBefore(from)) {
                double[] c = counts.computeIfAbsent(m.port(), p -> new double[2]);
                c[0] += m.get(PortMeasure.CONTAINERS_SCREENED);
                c[1] += m.get(PortMeasure.CONTAINERS_HANDLED);
            }
        }
        Set<String> out = new HashSet<>();
        counts.forEach((port, c) -> {
            if (c[1] > 0 && c[0] / c[1] < bound) {
                out.add(port);
            }
        });
        return out;
    }

    /** Tonnes a year delivered at the given ports over the reported months from the given month on. */
    static double deliveredTonnesPerYear(List<PortMonth> months, Set<String> ports, YearMonth from) {
        double kg = 0;
        Set<String> reported = new HashSet<>();
        for (PortMonth m : months) {
            if (m.reported() && !m.yearMonth().isBefore(from)) {
                reported.add(m.month());
                if (ports.contains(m.port())) {
                    kg += m.get(PortMeasure.DELIVERED_KG);
                }
            }
        }
        return reported.isEmpty() ? Double.NaN : kg / 1000 / (reported.size() / 12.0);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }
}
