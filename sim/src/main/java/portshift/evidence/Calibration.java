package portshift.evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;

import com.fasterxml.jackson.databind.JsonNode;

import portshift.experiment.RunResult;
import portshift.model.ModelConfig;
import portshift.scenario.Dimension;
import portshift.scenario.LoadedScenario;
import portshift.scenario.ScenarioException;
import portshift.scenario.ScenarioPaths;

/**
 * Fits the parameters a scenario declares under {@code calibrate.parameters} to what is known of the trade
 * (the targets it declares, {@link Targets}) with CMA-ES (Apache Commons Math), each searched within its declared range (evenly, or evenly in its
 * logarithm on a log scale). Each evaluation runs a few replications with fixed seeds (common random numbers), so the
 * loss is a deterministic function of the parameters. The loss is the sum of one term per target ({@link TargetFit}): the
 * squared log ratio of the model's to the reported figure for point targets; a penalty of
 * {@value TargetFit#PENALTY} × the squared distance, in widths of the range, by which the model leaves a range or
 * exceeds an upper bound; and the squared log of the ratio by which a place falls short of the figure its required
 * rank needs.
 */
public final class Calibration {
    private final LoadedScenario baseline;
    private final List<Dimension> parameters;
    private final Targets targets;
    private final int replications;
    private final int days;
    private final long seed;
    private final int threads;
    private int evaluations;
    private Evaluated best;

    /** One evaluation: parameter values, their loss and their fit per target. */
    private record Evaluated(double[] x, double loss, List<TargetFit> fit) {
    }

    /** The fitted values, their loss, and the fit per target. */
    public record Fit(Map<String, Double> values, double loss, List<TargetFit> targets, int evaluations,
                      double startLoss) {
    }

    /** The parameters' list selectors are resolved against the baseline here ({@link ScenarioPaths}). */
    public Calibration(LoadedScenario baseline, List<Dimension> parameters, int replications, int days,
                       long seed, int threads) {
        this.baseline = baseline;
        this.targets = Targets.of(baseline);
        if (targets.all().isEmpty()) {
            throw new ScenarioException(baseline.file() + ": targets: expected what is known of the trade to fit the "
                    + "model to (see scenarios/calibration.yaml), found none");
        }
        this.parameters = parameters.stream().map(p -> p.in(baseline.parameters())).toList();
        this.replications = replications;
        this.days = days;
        this.seed = seed;
        this.threads = threads;
    }

    /** The scenario's current values of the parameters (factors start at 1), each brought inside its bounds. */
    public double[] start() {
        double[] x = new double[parameters.size()];
        for (int i = 0; i < x.length; i++) {
            Dimension p = parameters.get(i);
            double v = p.factor() ? 1.0 : ScenarioPaths.number(baseline.parameters(), p.paths().get(0));
            if (Double.isNaN(v)) {
                throw new IllegalArgumentException(p.name() + ": the scenario has no number at " + p.paths().get(0));
            }
            x[i] = Math.max(p.low(), Math.min(p.high(), v));
        }
        return x;
    }

    /** The search's first step in each parameter, as a share of its range, unless told otherwise. */
    public static final double STEP = 0.15;

    public Fit fit(int maxEvaluations) {
        return fit(maxEvaluations, STEP);
    }

    /**
     * Searches from the scenario's values with first steps of {@code step} of each parameter's range: a smaller step
     * refines a fit near its start, a larger one looks further away.
     */
    public Fit fit(int maxEvaluations, double step) {
        double[] start = start();
        int n = start.length;
        double[] x0 = new double[n];
        double[] sigma = new double[n];
        double[] lower = new double[n];
        double[] upper = new double[n];
        for (int i = 0; i < n; i++) {
            x0[i] = normal(i, start[i]);
            sigma[i] = step;
            upper[i] = 1;
        }
        best = null;
        double startLoss = loss(start);
        CMAESOptimizer optimizer = new CMAESOptimizer(10_000, 0, true, 0, 0, new MersenneTwister(seed), false,
                new SimpleValueChecker(1e-6, 1e-8));
        optimizer.optimize(new MaxEval(maxEvaluations), GoalType.MINIMIZE, new InitialGuess(x0),
                new SimpleBounds(lower, upper), new CMAESOptimizer.Sigma(sigma),
                new CMAESOptimizer.PopulationSize(4 + (int) (3 * Math.log(n))),
                new ObjectiveFunction(z -> loss(actual(z))));
        Map<String, Double> values = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            values.put(parameters.get(i).name(), best.x()[i]);
        }
        return new Fit(values, best.loss(), best.fit(), evaluations, startLoss);
    }

    private double normal(int i, double v) {
        return parameters.get(i).shareOf(v);
    }

    private double[] actual(double[] z) {
        double[] x = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            x[i] = parameters.get(i).within(z[i]);
        }
        return x;
    }

    /** The scenario with the given parameter values (a factor multiplies the scenario's own values). */
    public LoadedScenario scenario(double[] x) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        for (int i = 0; i < x.length; i++) {
            values.putAll(parameters.get(i).values(baseline.parameters(), x[i]));
        }
        return baseline.with(values);
    }

    /** The loss at x; the lowest seen so far is kept (the first of equals), so a fit is never worse than its start. */
    double loss(double[] x) {
        evaluations++;
        List<TargetFit> fit = fitByTarget(x);
        double loss = loss(fit);
        if (best == null || loss < best.loss()) {
            best = new Evaluated(x.clone(), loss, fit);
        }
        return loss;
    }

    /** The loss of a fit: the sum of its targets' terms (see the class comment). */
    static double loss(List<TargetFit> fit) {
        return fit.stream().mapToDouble(TargetFit::term).sum();
    }

    /** The model's figures for the given parameter values, mean over the replications, against every target. */
    List<TargetFit> fitByTarget(double[] x) {
        ModelConfig c = scenario(x).config();
        ModelConfig shortened = c.withHorizon(days, Math.min(c.warmupDays(), days - 1));
        List<RunResult> runs = ParallelRuns.run(List.of(shortened), replications, seed, threads).get(0);
        List<Map<String, Double>> figures = new ArrayList<>();
        runs.forEach(r -> figures.add(ModelFigures.of(r, shortened)));
        return against(targets, ModelFigures.mean(figures));
    }

    /**
     * The model's figures (by target name, as {@link ModelFigures} gives them) against the targets. A figure the
     * model does not give, or leaves undefined, counts as 0: a port or group the model does not name seized nothing.
     * A rank target is compared with the figure of the place at the required rank among the other places of its
     * measure (the export ports, for {@code exported_t}).
     */
    public static List<TargetFit> against(Targets targets, Map<String, Double> figures) {
        List<TargetFit> out = new ArrayList<>();
        for (Target t : targets.all()) {
            double model = defined(figures.get(t.name()));
            double reference = switch (t.kind()) {
                case POINT -> t.value();
                case RANK -> needed(t, figures);
                case RANGE, UPPER -> Double.NaN;
            };
            out.add(new TargetFit(t, model, reference));
        }
        return out;
    }

    /** The figure of the place at the target's rank among the others of its measure; 0 if there are too few. */
    private static double needed(Target t, Map<String, Double> figures) {
        String prefix = t.measure() + ":";
        List<Double> others = figures.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix) && !e.getKey().equals(t.name()))
                .map(e -> defined(e.getValue())).sorted((a, b) -> Double.compare(b, a)).toList();
        int rank = (int) t.value();
        return others.size() >= rank ? others.get(rank - 1) : 0;
    }

    private static double defined(Double v) {
        return v != null && Double.isFinite(v) ? v : 0;
    }

    /** The loss at one value of a parameter, the others held at the scenario's values. */
    public record ProfilePoint(double value, double loss) {
    }

    /**
     * The loss across one parameter's range, at {@code points} values spread evenly over it (evenly in the logarithm on
     * a log scale), every other parameter held at the scenario's value: whether a fitted value near a bound sits at a
     * minimum or is held there by the bound.
     */
    public List<ProfilePoint> profile(String name, int points) {
        int k = -1;
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).name().equals(name)) {
                k = i;
            }
        }
        if (k < 0) {
            throw new IllegalArgumentException(name);
        }
        double[] x = start();
        List<ProfilePoint> out = new ArrayList<>();
        for (int j = 0; j < points; j++) {
            x[k] = parameters.get(k).within(points == 1 ? 0.5 : j / (double) (points - 1));
            out.add(new ProfilePoint(x[k], loss(fitByTarget(x))));
        }
        return out;
    }

    /** The parameters searched, with their list selectors resolved to positions in the scenario. */
    public List<Dimension> parameters() {
        return parameters;
    }
}
