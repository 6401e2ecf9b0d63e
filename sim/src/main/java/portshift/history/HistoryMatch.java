package portshift.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import portshift.evidence.Targets;
import portshift.explore.LatinHypercube;
import portshift.scenario.Dimension;

/**
 * History matching in waves (Craig et al. 1997; Vernon, Goldstein and Bower 2010): rule out the parts of the
 * uncertainties' space where the model cannot give what was reported, given every stated source of uncertainty, and
 * keep the rest, the non-implausible worlds.
 * <ul>
 * <li>Wave 1 runs a Latin hypercube over the declared ranges.</li>
 * <li>Each later wave refocuses: it draws candidates (a Latin hypercube) in the box around the last wave's
 * non-implausible worlds, widened by a tenth of each range on each side, and runs the model at the first that an
 * emulator fitted to every earlier run does not rule out.</li>
 * <li>A world is kept where its judged implausibility (its largest over the targets, or as chosen its second
 * largest) is at most the cut-off, usually 3, on runs of the model.</li>
 * <li>The waves stop when the estimated non-implausible share of the space falls by less than a tenth, when no world
 * is left, or after the given number of waves.</li>
 * </ul>
 * The waves are deterministic given the seed and the runs, so a resumed match draws the same worlds.
 */
public final class HistoryMatch {
    /** Candidates drawn per world wanted in a refocused wave. */
    static final int CANDIDATES_PER_WORLD = 20;
    /** How much of each range the box around the kept worlds is widened by on each side. */
    static final double MARGIN = 0.1;
    /** The waves stop when the non-implausible share falls by less than this fraction. */
    static final double STOP_FALL = 0.1;

    /** Runs the model: for each world (values in the uncertainties' units), its replications' figures. */
    @FunctionalInterface
    public interface Runner {
        List<List<Map<String, Double>>> run(int wave, double[][] values);
    }

    /**
     * @param points world per wave
     * @param waves  the most waves
     * @param cutoff the largest implausibility a kept world may have, usually 3
     * @param judged 1: a world is judged by its largest implausibility; 2: by its second largest
     */
    public record Settings(int points, int waves, double cutoff, int judged, long seed) {
    }

    private final List<Dimension> dimensions;
    private final Targets targets;
    private final Settings settings;

    public HistoryMatch(List<Dimension> dimensions, Targets targets, Settings settings) {
        this.dimensions = List.copyOf(dimensions);
        this.targets = targets;
        this.settings = settings;
    }

    /** Runs the waves; each wave's worlds and their fits, in order. */
    public List<Wave> run(Runner runner) {
        List<Wave> waves = new ArrayList<>();
        int k = dimensions.size();
        double[][] first = LatinHypercube.sample(settings.points(), k, settings.seed());
        Wave wave = judge(1, first, runner, settings.points(), 1.0, null);
        waves.add(wave);
        while (waves.size() < settings.waves() && wave.keptCount() > 0) {
            Wave next = refocus(waves, runner);
            if (next == null) {
                break;
            }
            waves.add(next);
            boolean stopped = next.plausibleVolume() > (1 - STOP_FALL) * wave.plausibleVolume();
            wave = next;
            if (stopped) {
                break;
            }
        }
        return waves;
    }

    /** Runs and judges a wave's worlds. */
    private Wave judge(int number, double[][] shares, Runner runner, int candidates, double regionVolume,
                       Region region) {
        double[][] values = new double[shares.length][dimensions.size()];
        for (int i = 0; i < shares.length; i++) {
            for (int j = 0; j < dimensions.size(); j++) {
                values[i][j] = dimensions.get(j).at(shares[i][j]);
            }
        }
        List<List<Map<String, Double>>> runs = runner.run(number, values);
        List<PointFit> fits = new ArrayList<>();
        boolean[] kept = new boolean[shares.length];
        for (int i = 0; i < shares.length; i++) {
            PointFit fit = PointFit.of(values[i], targets, runs.get(i));
            fits.add(fit);
            kept[i] = fit.judged(settings.judged()) <= settings.cutoff();
        }
        EmulatorCheck check = region == null ? null : EmulatorCheck.of(region.emulator(), targets.all(), shares, fits);
        int keptCount = 0;
        for (boolean b : kept) {
            keptCount += b ? 1 : 0;
        }
        double volume = regionVolume * (shares.length == 0 ? 0 : keptCount / (double) shares.length);
        return new Wave(number, shares, fits, kept, candidates, volume, region, check);
    }

    /** The next wave, in the box around the last wave's kept worlds, chosen by an emulator of every run so far. */
    private Wave refocus(List<Wave> waves, Runner runner) {
        Wave last = waves.get(waves.size() - 1);
        int k = dimensions.size();
        List<double[]> all = new ArrayList<>();
        List<PointFit> fits = new ArrayList<>();
        for (Wave w : waves) {
            all.addAll(List.of(w.shares()));
            fits.addAll(w.fits());
        }
        if (all.size() <= Emulator.needed(k)) {
            return null;
        }
        Emulator emulator = Emulator.fit(all.toArray(double[][]::new), fits);
        double[] low = new double[k];
        double[] high = new double[k];
        java.util.Arrays.fill(low, 1);
        for (int i = 0; i < last.points(); i++) {
            if (last.kept()[i]) {
                for (int j = 0; j < k; j++) {
                    low[j] = Math.min(low[j], last.shares()[i][j]);
                    high[j] = Math.max(high[j], last.shares()[i][j]);
                }
            }
        }
        for (int j = 0; j < k; j++) {
            low[j] = Math.max(0, low[j] - MARGIN);
            high[j] = Math.min(1, high[j] + MARGIN);
        }
        Region region = new Region(low, high, emulator);
        int n = settings.points() * CANDIDATES_PER_WORLD;
        double[][] drawn = LatinHypercube.sample(n, k, settings.seed() + 7919L * waves.size());
        List<double[]> chosen = new ArrayList<>();
        int passed = 0;
        for (double[] u : drawn) {
            double[] share = new double[k];
            for (int j = 0; j < k; j++) {
                share[j] = low[j] + u[j] * (high[j] - low[j]);
            }
            if (region.admits(share, targets.all(), settings.cutoff(), settings.judged())) {
                passed++;
                if (chosen.size() < settings.points()) {
                    chosen.add(share);
                }
            }
        }
        if (chosen.isEmpty()) {
            return null;
        }
        return judge(waves.size() + 1, chosen.toArray(double[][]::new), runner, n,
                region.volume() * passed / (double) n, region);
    }

    /**
     * The non-implausible worlds: every world its runs kept that no later wave's region rules out (outside its box, or
     * ruled out by its emulator), in the order of the waves and of their worlds.
     */
    public List<World> worlds(List<Wave> waves) {
        List<World> out = new ArrayList<>();
        for (int w = 0; w < waves.size(); w++) {
            Wave wave = waves.get(w);
            for (int i = 0; i < wave.points(); i++) {
                if (wave.kept()[i] && admittedLater(waves, w, wave.shares()[i])) {
                    out.add(new World(wave.number(), i, wave.fits().get(i)));
                }
            }
        }
        return out;
    }

    /** A non-implausible world: the wave and point that ran it, and its fit. */
    public record World(int wave, int point, PointFit fit) {
    }

    /** The worlds' fits. */
    public static List<PointFit> fits(List<World> worlds) {
        return worlds.stream().map(World::fit).toList();
    }

    /** Whether every wave after wave index w would have admitted the world. */
    public boolean admittedLater(List<Wave> waves, int w, double[] share) {
        for (Wave later : waves.subList(w + 1, waves.size())) {
            if (!later.region().admits(share, targets.all(), settings.cutoff(), settings.judged())) {
                return false;
            }
        }
        return true;
    }

    public List<Dimension> dimensions() {
        return dimensions;
    }

    public Targets targets() {
        return targets;
    }
}
