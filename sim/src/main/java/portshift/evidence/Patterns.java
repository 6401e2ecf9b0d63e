package portshift.evidence;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import portshift.analysis.InterventionWindow;
import portshift.analysis.Outcome;
import portshift.analysis.RunMetrics;
import portshift.experiment.RunResult;
import portshift.model.Intervention;
import portshift.model.ModelConfig;
import portshift.model.SimCalendar;

/**
 * The pattern-oriented validation (docs/validation.md): seven patterns seen in the real trade, each measured on runs
 * of the default world and its variants, against thresholds fixed here before any run. A pattern passes only when
 * the 95% confidence interval of each of its measures clears its threshold ({@link Condition}).
 */
public final class Patterns {
    /** Pattern 1 thresholds: the three largest seizure ports' share, Antwerp first, rank agreement with 2023. */
    static final double TOP_THREE_SHARE = 0.45;
    static final double ANTWERP_FIRST = 0.8;
    static final double RANK_CORRELATION = 0.6;

    private final Targets targets;

    /** @param targets what is known of the trade (pattern 2 judges the interception and screening ranges it declares) */
    public Patterns(Targets targets) {
        this.targets = targets;
    }

    /** Runs every input R times; the runs come back in the order of {@link PatternInputs#FILES}, hence the indices. */
    public List<PatternResult> run(PatternInputs in, int replications, long seed, int threads) {
        return evaluate(in, ParallelRuns.run(in.all(), replications, seed, threads));
    }

    /** The pattern checks from runs already made: runs.get(c) are the replications of configuration c of in.all(). */
    public List<PatternResult> evaluate(PatternInputs in, List<List<RunResult>> runs) {
        return List.of(concentration(runs.get(0)), rates(runs.get(0)), displacement(runs.get(1), in.antwerpCrackdown()),
                weakLinks(runs.get(2), runs.get(3), in),
                corruption(runs.get(0), runs.get(4), runs.get(5), runs.get(6),
                        RunFacts.addedScanners(in.moreScanners(), in.baseline()),
                        RunFacts.addedScanners(in.moreScannersHighCorruption(), in.highCorruption()),
                        RunFacts.changedPorts(in.moreScanners(), in.baseline())),
                pressure(runs.get(0), runs.get(7)), arrests(runs.get(8), runs.get(9), runs.get(10)));
    }

    PatternResult concentration(List<RunResult> runs) {
        double[] top = Intervals.mean(RunFacts.each(runs, RunFacts::topThreeShare));
        int first = (int) runs.stream().filter(r -> "ANTWERP".equals(RunFacts.largestSeizurePort(r))).count();
        double[] antwerp = Intervals.share(first, runs.size());
        Map<String, Double> reference = targets.portFigures();
        double[] rho = Intervals.mean(RunFacts.each(runs, r -> {
            Map<String, Double> seized = RunFacts.seizedTonnesPerYear(r);
            double[] model = reference.keySet().stream().mapToDouble(p -> seized.getOrDefault(p, 0.0)).toArray();
            double[] real = reference.values().stream().mapToDouble(Double::doubleValue).toArray();
            return new SpearmansCorrelation().correlation(model, real);
        }));
        return new PatternResult(1, "Few ports carry most of Europe's seizures, in 2023's order", true,
                "share of European seizures at the 3 largest seizure ports; share of runs with Antwerp first; Spearman "
                        + "rank correlation with 2023 seizures at " + String.join(", ", reference.keySet()),
                String.format(Locale.ROOT, "top-3 share >= %.2f, Antwerp first in >= %.0f%% of runs, rho >= %.1f",
                        TOP_THREE_SHARE, 100 * ANTWERP_FIRST, RANK_CORRELATION),
                top[0], top[1], top[2],
                String.format(Locale.ROOT, "Antwerp first in %.0f%% of runs %s; rho %s",
                        100 * antwerp[0], percentCi(antwerp), shown(rho, "%.2f")),
                List.of(Condition.lowAtLeast("top-3 share", top, TOP_THREE_SHARE),
                        Condition.lowAtLeast("Antwerp first (Wilson)", antwerp, ANTWERP_FIRST),
                        Condition.lowAtLeast("rank correlation", rho, RANK_CORRELATION)));
    }

    PatternResult rates(List<RunResult> runs) {
        double[] interception = Intervals.mean(RunFacts.each(runs, r -> r.summary().get(Outcome.INTERCEPTION_RATE)));
        double[] screened = Intervals.mean(RunFacts.each(runs, r -> r.summary().get(Outcome.SCREENED_SHARE)));
        Target i = targets.get(Outcome.INTERCEPTION_RATE.column());
        Target s = targets.get(Outcome.SCREENED_SHARE.column());
        return new PatternResult(2, "Low screening and low interception", true,
                "kg seized / kg reaching European ports; share of containers screened at European ports",
                String.format(Locale.ROOT, "intercepted in [%.2f, %.2f], screened in [%.2f, %.2f]", i.low(), i.high(),
                        s.low(), s.high()),
                interception[0], interception[1], interception[2],
                "screened " + shown(screened, "%.3f"),
                List.of(Condition.within("interception rate", interception, i.low(), i.high()),
                        Condition.within("screened share", screened, s.low(), s.high())));
    }

    /** The displacement after the crackdown variant's change of Antwerp's controls, dated as in its file. */
    PatternResult displacement(List<RunResult> runs, ModelConfig crackdown) {
        Intervention change = crackdown.interventions().stream().filter(i -> i.portIds().contains("ANTWERP"))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(crackdown.scenario()
                        + ": expected an intervention that changes ANTWERP's controls"));
        InterventionWindow window = new InterventionWindow(change.name(),
                new SimCalendar(crackdown.start()).month(crackdown.dayOf(change)), Set.of("ANTWERP"));
        double[] displaced = Intervals.mean(RunFacts.each(runs, r -> RunMetrics.displacement(r.ports(), window).displacedShare()));
        double[] wdq = Intervals.mean(RunFacts.each(runs, r -> RunMetrics.displacement(r.ports(), window).wdq()));
        return new PatternResult(3, "A unilateral crackdown displaces part, not all, of a port's flow", false,
                "Antwerp alone adds 5 scanners and 100 officers in 2024: share of the kg it lost that reappear at "
                        + "other European ports (= -WDQ; supply, the control, is constant), 12 months before and after",
                "0 < displaced share < 1", displaced[0], displaced[1], displaced[2],
                "WDQ " + shown(wdq, "%.2f"),
                List.of(Condition.strictlyWithin("displaced share", displaced, 0, 1)));
    }

    /** Pattern 4 ({@link WeakLinks}), dated and sized by the variants' own intervention. */
    PatternResult weakLinks(List<RunResult> spread, List<RunResult> concentrated, PatternInputs in) {
        checkEffort(in);
        return WeakLinks.of(spread, concentrated, RunFacts.ownInterventionMonth(in.effortSpread(), in.baseline()),
                RunFacts.addedScanners(in.effortSpread(), in.baseline()));
    }

    /**
     * Refuses inputs the checks cannot judge, before anything is run: variants that do not add what their pattern
     * compares.
     *
     * @throws IllegalArgumentException saying which pattern's variants are wrong, and how
     */
    public static void check(PatternInputs in) {
        checkEffort(in);
        int added = RunFacts.addedScanners(in.moreScanners(), in.baseline());
        int addedHigh = RunFacts.addedScanners(in.moreScannersHighCorruption(), in.highCorruption());
        if (added <= 0 || addedHigh <= 0) {
            throw new IllegalArgumentException("pattern 5: the variants must add scanners, found " + added + " and "
                    + addedHigh);
        }
    }

    /** Pattern 4's variants must add the same number of scanners, more than none, on the same day. */
    private static void checkEffort(PatternInputs in) {
        int added = RunFacts.addedScanners(in.effortSpread(), in.baseline());
        int addedToo = RunFacts.addedScanners(in.effortConcentrated(), in.baseline());
        YearMonth from = RunFacts.ownInterventionMonth(in.effortSpread(), in.baseline());
        YearMonth fromToo = RunFacts.ownInterventionMonth(in.effortConcentrated(), in.baseline());
        if (added <= 0 || added != addedToo || !from.equals(fromToo)) {
            throw new IllegalArgumentException("pattern 4: the variants must add the same scanners in the same month, "
                    + "found " + added + " in " + from + " and " + addedToo + " in " + fromToo);
        }
    }

    /**
     * The gain from added scanners at export ports, where the insiders load after inspection and warn of it, as
     * percent more tonnes seized upstream (at export ports and hubs) per added scanner, under high corruption minus
     * under the baseline, replication by replication.
     *
     * @param added     scanners the baseline's variant adds
     * @param addedHigh scanners the high-corruption variant adds
     * @param where     the names of the ports that receive them
     */
    PatternResult corruption(List<RunResult> low, List<RunResult> lowMore, List<RunResult> high,
                             List<RunResult> highMore, int added, int addedHigh, List<String> where) {
        if (added <= 0 || addedHigh <= 0) {
            throw new IllegalArgumentException("pattern 5: the variants must add scanners, found " + added + " and "
                    + addedHigh);
        }
        ToDoubleFunction<RunResult> seized = r -> r.summary().get(Outcome.SEIZED_UPSTREAM);
        double[] gainLow = paired(lowMore, low, seized);
        double[] gainHigh = paired(highMore, high, seized);
        double[] relLow = relative(gainLow, low, seized, added);
        double[] relHigh = relative(gainHigh, high, seized, addedHigh);
        double[] diff = new double[Math.min(relLow.length, relHigh.length)];
        for (int i = 0; i < diff.length; i++) {
            checkPaired(low.get(i), high.get(i));
            diff[i] = relHigh[i] - relLow[i];
        }
        double[] ci = Intervals.mean(diff);
        return new PatternResult(5, "Where insiders load after inspection, more scanners buy less", false,
                String.format(Locale.ROOT, "%% more t/yr seized upstream (export ports and hubs) per added scanner (%d "
                        + "scanners at %s): under high-corruption.yaml minus under the baseline", added, inWords(where)),
                "difference < 0", ci[0], ci[1], ci[2],
                String.format(Locale.ROOT, "gain per scanner %s at baseline, %s at high corruption; "
                                + "gain %s t/yr at baseline, %s at high corruption",
                        shown(Intervals.mean(relLow), "%.2f%%"), shown(Intervals.mean(relHigh), "%.2f%%"),
                        shown(Intervals.mean(gainLow), "%.1f"), shown(Intervals.mean(gainHigh), "%.1f")),
                List.of(Condition.highBelow("difference", ci, 0)));
    }

    /** Per replication, a gain as percent of the value without the change, per scanner added. */
    private static double[] relative(double[] gain, List<RunResult> without, ToDoubleFunction<RunResult> f, int added) {
        double[] out = new double[gain.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = 100 * gain[i] / f.applyAsDouble(without.get(i)) / added;
        }
        return out;
    }

    PatternResult pressure(List<RunResult> base, List<RunResult> pressed) {
        double[] load = Intervals.mean(paired(pressed, base, r -> r.summary().get(Outcome.MEAN_LOAD)));
        double[] loads = Intervals.mean(paired(pressed, base, r -> r.summary().get(Outcome.SHIPMENTS)));
        double[] routes = Intervals.mean(paired(pressed, base, r -> r.summary().get(Outcome.ROUTE_FOOTPRINT)));
        return new PatternResult(6, "Under pressure, more and smaller shipments over more routes", false,
                "every European port adds 3 scanners and doubles its officers in 2024: change in mean load (kg), "
                        + "loads a year, and routes used a month",
                "load < 0, loads > 0, routes > 0", load[0], load[1], load[2],
                String.format(Locale.ROOT, "loads %s a year, routes %s a month", shown(loads, "%+.0f"),
                        shown(routes, "%+.1f")),
                List.of(Condition.highBelow("load change", load, 0), Condition.lowAbove("loads change", loads, 0),
                        Condition.lowAbove("routes change", routes, 0)));
    }

    PatternResult arrests(List<RunResult> a2, List<RunResult> a5, List<RunResult> a8) {
        double[] change = new double[Math.min(a2.size(), Math.min(a5.size(), a8.size()))];
        for (int i = 0; i < change.length; i++) {
            checkPaired(a2.get(i), a5.get(i));
            checkPaired(a5.get(i), a8.get(i));
            double first = delivered(a2.get(i)) - delivered(a5.get(i));
            double second = delivered(a5.get(i)) - delivered(a8.get(i));
            change[i] = second - first;
        }
        double[] ci = Intervals.mean(change);
        double[] recruited = Intervals.mean(RunFacts.each(a8, r -> r.summary().get(Outcome.INSIDERS_RECRUITED)));
        return new PatternResult(7, "Arrests of insiders have diminishing returns while recruitment continues", false,
                "fall in t/yr delivered to Europe as anti-corruption at every port goes from 0.5 to 0.8, minus the fall "
                        + "from 0.2 to 0.5; insiders recruited a year at 0.8",
                "difference < 0, recruitment > 0", ci[0], ci[1], ci[2],
                String.format(Locale.ROOT, "arrests %.0f, %.0f, %.0f a year; delivered %.0f, %.0f, %.0f t/yr; %s recruited a year at 0.8",
                        Intervals.mean(RunFacts.each(a2, Patterns::arrested))[0],
                        Intervals.mean(RunFacts.each(a5, Patterns::arrested))[0],
                        Intervals.mean(RunFacts.each(a8, Patterns::arrested))[0],
                        Intervals.mean(RunFacts.each(a2, Patterns::delivered))[0],
                        Intervals.mean(RunFacts.each(a5, Patterns::delivered))[0],
                        Intervals.mean(RunFacts.each(a8, Patterns::delivered))[0], shown(recruited, "%.0f")),
                List.of(Condition.highBelow("difference", ci, 0), Condition.lowAbove("recruited at 0.8", recruited, 0)));
    }

    private static double delivered(RunResult r) {
        return r.summary().get(Outcome.DELIVERED_EUROPE);
    }

    private static double arrested(RunResult r) {
        return r.summary().get(Outcome.INSIDERS_ARRESTED);
    }

    /** Per replication, a value in one variant minus the same value in another (common random numbers). */
    static double[] paired(List<RunResult> a, List<RunResult> b, ToDoubleFunction<RunResult> f) {
        double[] out = new double[Math.min(a.size(), b.size())];
        for (int i = 0; i < out.length; i++) {
            checkPaired(a.get(i), b.get(i));
            out[i] = f.applyAsDouble(a.get(i)) - f.applyAsDouble(b.get(i));
        }
        return out;
    }

    /** Two runs compared as a pair must be the same replication, run with the same seed. */
    static void checkPaired(RunResult a, RunResult b) {
        if (a.summary() != null && b.summary() != null && (a.summary().replication() != b.summary().replication()
                || a.summary().seed() != b.summary().seed())) {
            throw new IllegalStateException("pattern runs out of step: replication " + a.summary().replication()
                    + " (seed " + a.summary().seed() + ") against " + b.summary().replication() + " (seed "
                    + b.summary().seed() + ")");
        }
    }

    /** A mean with its 95% interval, as "m [low, high]". */
    static String shown(double[] ci, String format) {
        return String.format(Locale.ROOT, format + " [" + format + ", " + format + "]", ci[0], ci[1], ci[2]);
    }

    /** Names as a list in words: "A, B and C". */
    private static String inWords(List<String> names) {
        int n = names.size();
        return n <= 1 ? String.join("", names)
                : String.join(", ", names.subList(0, n - 1)) + " and " + names.get(n - 1);
    }

    private static String percentCi(double[] share) {
        return String.format(Locale.ROOT, "[Wilson 95%% CI %.0f%%, %.0f%%]", 100 * share[1], 100 * share[2]);
    }
}
