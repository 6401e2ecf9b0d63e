package portshift.analysis;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import portshift.model.PortshiftModel;
import portshift.model.RunAccount;
import portshift.observe.RunTally;

/**
 * One run in one row of {@code runs.csv}: which run it was, every {@link RunAccount} over the whole run (so that
 * the kilograms balance), and every outcome runs.csv records ({@link Outcome#recordedInRuns()}), whose rates and
 * yearly figures cover the reported period, after the warm-up.
 *
 * @param warmupDays    days at the start excluded from the rates and yearly figures
 * @param reportedYears the reported months over twelve
 * @param accounts      the value of every run account
 * @param recorded      the value of every outcome runs.csv records
 */
public record RunSummary(String scenario, int replication, long seed, int days, int warmupDays, double reportedYears,
                         Map<RunAccount, Double> accounts, Map<Outcome, Double> recorded) {
    public RunSummary {
        accounts = Collections.unmodifiableMap(new EnumMap<>(accounts));
        recorded = Collections.unmodifiableMap(new EnumMap<>(recorded));
        if (accounts.size() != RunAccount.values().length) {
            throw new IllegalArgumentException("a run summary needs every run account; has " + accounts.keySet());
        }
        if (!recorded.keySet().containsAll(Outcome.recordedInRuns()) || recorded.size() != Outcome.recordedInRuns().size()) {
            throw new IllegalArgumentException("a run summary needs exactly the recorded outcomes; has " + recorded.keySet());
        }
    }

    /** The summary of a model that has run, with its collector's tally of the reported months. */
    public static RunSummary of(PortshiftModel model, RunTally tally, String scenario, int replication, long seed) {
        Map<RunAccount, Double> accounts = new EnumMap<>(RunAccount.class);
        for (RunAccount a : RunAccount.values()) {
            accounts.put(a, a.of(model));
        }
        Map<Outcome, Double> recorded = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.recordedInRuns()) {
            recorded.put(o, o.of(tally));
        }
        return new RunSummary(scenario, replication, seed, model.config().days(), model.config().warmupDays(),
                tally.years(), accounts, recorded);
    }

    public double account(RunAccount account) {
        return accounts.get(account);
    }

    /** A recorded outcome's value. */
    public double get(Outcome outcome) {
        Double v = recorded.get(outcome);
        if (v == null) {
            throw new IllegalArgumentException(outcome.column() + " is not recorded in runs.csv");
        }
        return v;
    }

    /** Supplied minus everything accounted for: zero up to rounding when kilograms are conserved. */
    public double unaccountedKg() {
        double unaccounted = 0;
        for (RunAccount a : RunAccount.values()) {
            unaccounted += switch (a.side()) {
                case IN -> account(a);
                case OUT -> -account(a);
                case NONE -> 0;
            };
        }
        return unaccounted;
    }
}
