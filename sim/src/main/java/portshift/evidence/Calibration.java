package portshift.evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import portshift.experiment.RunResult;
import portshift.model.ModelConfig;
import portshift.scenario.LoadedScenario;

/**
 * Fits the uncertain parameters of the default world to the 2023 figures with CMA-ES (Apache
 * Commons Math). Each evaluation runs a few replications with fixed seeds (common random numbers),
 * so the loss is a deterministic function of the parameters. The loss is the sum, over the ports and
 * country groups with a 2023 seizure figure, of the squared log ratio of simulated to reported
 * tonnes, plus a penalty of 1000 x the squared distance, in widths of the range, by which the
 * interception rate or the screened share leaves its reported range.
 */
public final class Calibration {
    static final double PENALTY = 1000;

    private final LoadedScenario baseline;
    private final List<CalibrationParameter> parameters;
    private final Targets targets = Targets.load();
    private final int replications;
    private final int days;
    private final long seed;
    private final int threads;
    private int evaluations;

    /** The fitted values, their loss, and the fit per target. */
    public record Fit(Map<String, Double> values, double loss, Map<String, double[]> targets, int evaluations,
                      double startLoss) {
    }

    public Calibration(LoadedScenario baseline, List<CalibrationParameter> parameters, int replications, int days,
                       long seed, int threads) {
        this.baseline = baseline;
        this.parameters = parameters;
        this.replications = replications;
        this.days = days;
        this.seed = seed;
        this.threads = threads;
    }

    /** The scenario's current values of the parameters (factors start at 1). */
    public double[] start() {
        double[] x = new double[parameters.size()];
        for (int i = 0; i < x.length; i++) {
            CalibrationParameter p = parameters.get(i);
            x[i] = p.factor() ? 1.0 : baseline.number(p.paths().get(0));
        }
        return x;
    }

    public Fit fit(int maxEvaluations) {
        double[] start = start();
        int n = start.length;
        double[] x0 = new double[n];
        double[] sigma = new double[n];
        double[] lower = new double[n];
        double[] upper = new double[n];
        for (int i = 0; i < n; i++) {
            x0[i] = Math.max(0, Math.min(1, normal(i, start[i])));
            sigma[i] = 0.25;
            upper[i] = 1;
        }
        double startLoss = loss(start);
        CMAESOptimizer optimizer = new CMAESOptimizer(10_000, 0, true, 0, 0, new MersenneTwister(seed), false,
                new SimpleValueChecker(1e-6, 1e-8));
        PointValuePair best = optimizer.optimize(new MaxEval(maxEvaluations), GoalType.MINIMIZE, new InitialGuess(x0),
                new SimpleBounds(lower, upper), new CMAESOptimizer.Sigma(sigma),
                new CMAESOptimizer.PopulationSize(4 + (int) (3 * Math.log(n))),
                new ObjectiveFunction(z -> loss(actual(z))));
        double[] fitted = actual(best.getPoint());
        Map<String, Double> values = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            values.put(parameters.get(i).name(), fitted[i]);
        }
        double loss = best.getValue();
        if (startLoss <= loss) {
            for (int i = 0; i < n; i++) {
                values.put(parameters.get(i).name(), start[i]);
            }
            loss = startLoss;
            fitted = start;
        }
        return new Fit(values, loss, fitByTarget(fitted), evaluations, startLoss);
    }

    private double normal(int i, double v) {
        CalibrationParameter p = parameters.get(i);
        return (v - p.lower()) / (p.upper() - p.lower());
    }

    private double[] actual(double[] z) {
        double[] x = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            CalibrationParameter p = parameters.get(i);
            x[i] = p.lower() + Math.max(0, Math.min(1, z[i])) * (p.upper() - p.lower());
        }
        return x;
    }

    /** The scenario with the given parameter values. */
    public LoadedScenario scenario(double[] x) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        for (int i = 0; i < x.length; i++) {
            CalibrationParameter p = parameters.get(i);
            for (String path : p.paths()) {
                double v = p.factor() ? baseline.number(path) * x[i] : x[i];
                values.put(path, JsonNodeFactory.instance.numberNode(v));
            }
        }
        return baseline.with(values);
    }

    double loss(double[] x) {
        evaluations++;
        return loss(fitByTarget(x));
    }

    /** The loss of a fit per target, as {@link #against} gives it (see the class comment). */
    static double loss(Map<String, double[]> fit) {
        double loss = 0;
        for (Map.Entry<String, double[]> e : fit.entrySet()) {
            double[] v = e.getValue();
            if (e.getKey().startsWith("seized_t:")) {
                loss += Math.pow(Math.log((v[0] + 1) / (v[1] + 1)), 2);
            } else {
                double outside = Math.max(0, v[2] - v[0]) + Math.max(0, v[0] - v[3]);
                loss += PENALTY * Math.pow(outside / (v[3] - v[2]), 2);
            }
        }
        return loss;
    }

    /** Per target: {simulated, reported} for seizures; {simulated, NaN, low, high} for ranges. */
    Map<String, double[]> fitByTarget(double[] x) {
        ModelConfig c = scenario(x).config();
        ModelConfig shortened = c.withHorizon(days, Math.min(c.warmupDays(), days - 1));
        List<RunResult> runs = ParallelRuns.run(List.of(shortened), replications, seed, threads).get(0);
        List<Map<String, Double>> seized = new ArrayList<>();
        runs.forEach(r -> seized.add(RunFacts.seizedTonnesPerYear(r)));
        Map<String, Double> meanSeized = new LinkedHashMap<>();
        for (String target : targets.seizedTonnes.keySet()) {
            meanSeized.put(target, seized.stream().mapToDouble(m -> m.getOrDefault(target, 0.0)).average().orElse(0));
        }
        double interception = runs.stream().mapToDouble(r -> r.summary().interceptionRate()).average().orElse(0);
        double screened = runs.stream().mapToDouble(r -> r.summary().screenedShare()).average().orElse(0);
        return against(targets, meanSeized, interception, screened);
    }

    /**
     * The model's figures against the targets: per target, {simulated, reported} for seizures (a port or group the
     * model does not name seized nothing); {simulated, NaN, low, high} for the interception rate and screened share.
     */
    static Map<String, double[]> against(Targets targets, Map<String, Double> seizedTonnes, double interception,
                                         double screened) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (Map.Entry<String, Double> t : targets.seizedTonnes.entrySet()) {
            out.put("seized_t:" + t.getKey(), new double[] {seizedTonnes.getOrDefault(t.getKey(), 0.0), t.getValue()});
        }
        out.put("interception_rate", new double[] {interception, Double.NaN, targets.interceptionLow, targets.interceptionHigh});
        out.put("screened_share_europe", new double[] {screened, Double.NaN, targets.screenedLow, targets.screenedHigh});
        return out;
    }

    public List<CalibrationParameter> parameters() {
        return parameters;
    }
}
