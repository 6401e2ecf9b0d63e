package portshift.experiment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import portshift.analysis.Outcome;
import portshift.analysis.RunSummary;
import portshift.model.RunAccount;
import portshift.observe.PortMonth;

/**
 * The runs of a finished experiment read back from its files, as results: each run's summary from its row of
 * runs.csv and its port months from its shard, per variant in replication order. What the files do not keep (the
 * run's tally, route months and timings) is left empty. Checks that work from these, locally or after a job array,
 * see the same figures, to the files' six decimals.
 */
public final class RecordedResults {
    private RecordedResults() {
    }

    /** results.get(v).get(r): variant v's replication r. */
    public static List<List<RunResult>> of(Experiment experiment, BatchRunner.Shards shards) {
        List<List<String>> rows = ResultReader.records(shards.runRows());
        List<Task> tasks = experiment.tasks();
        List<List<RunResult>> out = new ArrayList<>();
        List<RunResult> current = null;
        String variant = null;
        for (int i = 0; i < tasks.size(); i++) {
            Task t = tasks.get(i);
            RunSummary summary = summary(rows.get(i), t.config().warmupDays());
            if (!summary.scenario().equals(t.config().scenario()) || summary.replication() != t.replication()) {
                throw new IllegalStateException(shards.portShards().get(i) + ": holds another run's rows");
            }
            if (!summary.scenario().equals(variant)) {
                variant = summary.scenario();
                current = new ArrayList<>();
                out.add(current);
            }
            List<PortMonth> ports = shards.portMonths(i, summary.scenario(), summary.replication());
            current.add(new RunResult(summary, null, ports, List.of(), List.of(), 0));
        }
        return out;
    }

    /** A run's summary from its row of runs.csv (whose columns are {@link ResultTables#RUN_COLUMNS}). */
    static RunSummary summary(List<String> c, int warmupDays) {
        List<String> columns = ResultTables.RUN_COLUMNS;
        Map<RunAccount, Double> accounts = new EnumMap<>(RunAccount.class);
        for (RunAccount a : RunAccount.values()) {
            accounts.put(a, ResultReader.num(c.get(columns.indexOf(a.column()))));
        }
        Map<Outcome, Double> recorded = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.recordedInRuns()) {
            recorded.put(o, ResultReader.num(c.get(columns.indexOf(o.column()))));
        }
        return new RunSummary(c.get(0), Integer.parseInt(c.get(1)), Long.parseLong(c.get(2)), Integer.parseInt(c.get(3)),
                warmupDays, ResultReader.num(c.get(columns.indexOf("reported_years"))), accounts, recorded);
    }
}
