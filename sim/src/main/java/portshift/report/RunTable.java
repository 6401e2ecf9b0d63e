package portshift.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import portshift.analysis.Outcome;
import portshift.analysis.RunSummary;
import portshift.experiment.RunResult;
import portshift.model.PortMeasure;

/** The short table a single run prints: European ports by seizures, with delivered kilograms. */
public final class RunTable {
    private RunTable() {
    }

    public static String render(RunResult result) {
        RunSummary s = result.summary();
        Map<String, double[]> perPort = result.tally().europeanPorts();
        List<String> ports = new ArrayList<>(perPort.keySet());
        int seized = PortMeasure.SEIZED_KG.ordinal();
        int delivered = PortMeasure.DELIVERED_KG.ordinal();
        int seizures = PortMeasure.SEIZURES.ordinal();
        ports.sort((a, b) -> {
            int c = Double.compare(perPort.get(b)[seized], perPort.get(a)[seized]);
            return c != 0 ? c : a.compareTo(b);
        });
        double years = Math.max(s.reportedYears(), 1e-9);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s, seed %d: %.1f years reported (after a %d-day warm-up)%n",
                s.scenario(), s.seed(), s.reportedYears(), s.warmupDays()));
        out.append(String.format(Locale.ROOT, "%-14s %14s %12s %16s %14s%n",
                "port", "seized t/yr", "seizures/yr", "delivered t/yr", "intercepted"));
        for (String p : ports) {
            double[] v = perPort.get(p);
            double interception = v[seized] + v[delivered] > 0 ? v[seized] / (v[seized] + v[delivered]) : 0;
            out.append(String.format(Locale.ROOT, "%-14s %14.1f %12.1f %16.1f %13.1f%%%n",
                    p, v[seized] / 1000 / years, v[seizures] / years, v[delivered] / 1000 / years, 100 * interception));
        }
        out.append(String.format(Locale.ROOT, "%-14s %14.1f %12s %16.1f %13.1f%%%n", "Europe",
                s.get(Outcome.SEIZED_EUROPE), "", s.get(Outcome.DELIVERED_EUROPE), 100 * s.get(Outcome.INTERCEPTION_RATE)));
        out.append(String.format(Locale.ROOT,
                "seized upstream %.1f t/yr; %.1f%% of containers screened in Europe; %.0f loads/yr of %.0f kg on average%n",
                s.get(Outcome.SEIZED_UPSTREAM), 100 * s.get(Outcome.SCREENED_SHARE), s.get(Outcome.SHIPMENTS),
                s.get(Outcome.MEAN_LOAD)));
        return out.toString();
    }
}
