package portshift.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import portshift.model.PortMeasure;
import portshift.observe.PortMonth;
import portshift.observe.RunTally;

/**
 * The outcomes of a run, each declared once: its column name, unit, label (in the printed comparison
 * and the figures), which way is better, where it is reported and how it is computed from a run. The
 * order of declaration is the order of the outcome columns of runs.csv and of the rows of
 * comparison.csv and summary.csv. An outcome runs.csv records is computed from the tally of the run's
 * reported months ({@link RunTally}, which sums every {@link PortMeasure}); the others from the run's
 * monthly port rows. The command line names an outcome by its column or by one of its aliases, short names
 * declared here with it. To add an outcome, add a constant here.
 */
public enum Outcome {
    DELIVERED_EUROPE("delivered_europe_t_per_year", List.of("delivered"), "t/year", "delivered to Europe", Better.LOWER,
            Reach.RUNS_CSV_AND_COMPARISONS, t -> t.perYear(t.europe(PortMeasure.DELIVERED_KG)) / 1000),
    SEIZED_EUROPE("seized_europe_t_per_year", List.of("seized"), "t/year", "seized in Europe", Better.HIGHER,
            Reach.RUNS_CSV_AND_COMPARISONS, t -> t.perYear(t.europe(PortMeasure.SEIZED_KG)) / 1000),
    SEIZED_UPSTREAM("seized_upstream_t_per_year", "t/year", "seized upstream", Better.HIGHER,
            Reach.RUNS_CSV_AND_COMPARISONS, t -> t.perYear(t.upstream(PortMeasure.SEIZED_KG)) / 1000),
    DIVERTED("diverted_t_per_year", "t/year", "sold elsewhere", Better.NEITHER,
            Reach.RUNS_CSV_AND_COMPARISONS, t -> t.perYear(t.divertedKg()) / 1000),
    INTERCEPTION_RATE("interception_rate", "share", "interception rate", Better.HIGHER,
            Reach.RUNS_CSV_AND_COMPARISONS, t -> RunTally.ratio(t.europe(PortMeasure.SEIZED_KG),
                    t.europe(PortMeasure.SEIZED_KG) + t.europe(PortMeasure.DELIVERED_KG))),
    SCREENED_SHARE("screened_share_europe", "share", "screened in Europe", Better.NEITHER,
            Reach.RUNS_CSV, t -> RunTally.ratio(t.europe(PortMeasure.CONTAINERS_SCREENED),
                    t.europe(PortMeasure.CONTAINERS_HANDLED))),
    HHI_DESTINATIONS("hhi_destinations", "index", "concentration (HHI)", Better.NEITHER,
            Reach.RUNS_CSV_AND_COMPARISONS, RunTally::hhiOfAttemptedInEurope),
    ROUTE_FOOTPRINT("route_footprint", "routes/month", "route footprint", Better.NEITHER,
            Reach.RUNS_CSV_AND_COMPARISONS, t -> t.months() == 0 ? 0 : t.routeMonths() / (double) t.months()),
    MEAN_LOAD("mean_load_kg", "kg", "mean load", Better.NEITHER,
            Reach.RUNS_CSV_AND_COMPARISONS, t -> RunTally.ratio(t.loadKg(), t.loads())),
    SHIPMENTS("shipments_per_year", "loads/year", "loads shipped", Better.NEITHER,
            Reach.RUNS_CSV_AND_COMPARISONS, t -> t.perYear(t.loads())),
    INSIDERS_ARRESTED("insiders_arrested_per_year", "per year", "insiders arrested", Better.HIGHER,
            Reach.RUNS_CSV_AND_COMPARISONS, t -> t.perYear(t.all(PortMeasure.INSIDERS_ARRESTED))),
    INSIDERS_RECRUITED("insiders_recruited_per_year", "per year", "insiders recruited", Better.LOWER,
            Reach.RUNS_CSV, t -> t.perYear(t.all(PortMeasure.INSIDERS_RECRUITED))),
    BRIBES("bribes_musd_per_year", "M USD/year", "bribes paid", Better.LOWER,
            Reach.RUNS_CSV, t -> t.perYear(t.all(PortMeasure.BRIBES_USD)) / 1e6),
    LEGIT_DELAY("legit_delay_khours_per_year", "k container-h/year", "delay to legal trade", Better.LOWER,
            Reach.RUNS_CSV_AND_COMPARISONS, t -> t.perYear(t.all(PortMeasure.LEGIT_DELAY_HOURS)) / 1000),
    LOW_SCREENING_SHARE("low_screening_share", "share", "flow via ports screening <4%", Better.LOWER,
            Reach.COMPARISONS, (ports, ref, intervention) -> FlowShares.belowScreening(ports, FlowShares.LOW_SCREENING)),
    NON_MEMBER_SHARE("non_member_share", "share", "flow via non-members", Better.LOWER,
            Reach.COMPARISONS, (ports, ref, intervention) -> FlowShares.outside(ports, ref.alliance())),
    FRANCE_SPAIN_SHARE("france_spain_share", "share", "flow via France and Spain", Better.LOWER,
            Reach.COMPARISONS, (ports, ref, intervention) -> FlowShares.through(ports, ref.portsOf("FR", "ES"))),
    FRANCE_SHARE("france_share", "share", "flow via France", Better.NEITHER,
            Reach.COMPARISONS, (ports, ref, intervention) -> FlowShares.through(ports, ref.portsOf("FR"))),
    SPAIN_SHARE("spain_share", "share", "flow via Spain", Better.NEITHER,
            Reach.COMPARISONS, (ports, ref, intervention) -> FlowShares.through(ports, ref.portsOf("ES"))),
    WDQ("wdq", "quotient", "weighted displacement quotient", Better.HIGHER,
            Reach.COMPARISONS_PER_INTERVENTION,
            (ports, ref, intervention) -> RunMetrics.displacement(ports, intervention).wdq());

    /** Which way is better for the policy being judged; many outcomes only describe the traffic. */
    public enum Better {
        HIGHER, LOWER, NEITHER
    }

    /** Where an outcome is reported. */
    public enum Reach {
        /** runs.csv only. */
        RUNS_CSV,
        /** runs.csv, comparisons and batch summaries. */
        RUNS_CSV_AND_COMPARISONS,
        /** Comparisons and batch summaries only: it needs the experiment's reference alliance. */
        COMPARISONS,
        /** Comparisons and batch summaries, once per intervention that changed European ports. */
        COMPARISONS_PER_INTERVENTION
    }

    /** How an outcome that runs.csv does not record is computed from a run's monthly port rows. */
    @FunctionalInterface
    interface FromPorts {
        /**
         * @param reference    the experiment's reference alliance and ports' countries
         * @param intervention the intervention measured, for an outcome per intervention; else null
         */
        double of(List<PortMonth> ports, Reference reference, InterventionWindow intervention);
    }

    private final String column;
    private final List<String> aliases;
    private final String unit;
    private final String label;
    private final Better better;
    private final Reach reach;
    private final ToDoubleFunction<RunTally> fromTally;
    private final FromPorts fromPorts;

    Outcome(String column, String unit, String label, Better better, Reach reach, ToDoubleFunction<RunTally> fromTally) {
        this(column, List.of(), unit, label, better, reach, fromTally, null);
    }

    Outcome(String column, List<String> aliases, String unit, String label, Better better, Reach reach,
            ToDoubleFunction<RunTally> fromTally) {
        this(column, aliases, unit, label, better, reach, fromTally, null);
    }

    Outcome(String column, String unit, String label, Better better, Reach reach, FromPorts fromPorts) {
        this(column, List.of(), unit, label, better, reach, null, fromPorts);
    }

    Outcome(String column, List<String> aliases, String unit, String label, Better better, Reach reach,
            ToDoubleFunction<RunTally> fromTally, FromPorts fromPorts) {
        this.column = column;
        this.aliases = aliases;
        this.unit = unit;
        this.label = label;
        this.better = better;
        this.reach = reach;
        this.fromTally = fromTally;
        this.fromPorts = fromPorts;
    }

    /** The column name in runs.csv, or the metric name in comparison.csv and summary.csv. */
    public String column() {
        return column;
    }

    /** Short names the command line also takes for it, such as {@code delivered}; most outcomes have none. */
    public List<String> aliases() {
        return aliases;
    }

    /** Every name the command line takes for it: its column, then its aliases. */
    public List<String> names() {
        List<String> out = new ArrayList<>(List.of(column));
        out.addAll(aliases);
        return List.copyOf(out);
    }

    public String unit() {
        return unit;
    }

    /** The human label, as the comparison table and the figures print it. */
    public String label() {
        return label;
    }

    public Better better() {
        return better;
    }

    public Reach reach() {
        return reach;
    }

    /** Whether runs.csv records it (computed from the run's summary). */
    public boolean recorded() {
        return reach == Reach.RUNS_CSV || reach == Reach.RUNS_CSV_AND_COMPARISONS;
    }

    /** Whether comparisons and batch summaries report it. */
    public boolean compared() {
        return reach != Reach.RUNS_CSV;
    }

    /** Whether it has one value per intervention rather than one per run. */
    public boolean perIntervention() {
        return reach == Reach.COMPARISONS_PER_INTERVENTION;
    }

    /** The value of a recorded outcome for a run, from the tally of its reported months. */
    public double of(RunTally tally) {
        if (fromTally == null) {
            throw new IllegalStateException(column + " is not recorded in runs.csv; it is computed from port rows");
        }
        return fromTally.applyAsDouble(tally);
    }

    /** The value of a recorded outcome in a run's summary. */
    public double of(RunSummary summary) {
        return summary.get(this);
    }

    /** The value of an outcome that runs.csv does not record, from the run's port rows. */
    public double of(List<PortMonth> ports, Reference reference, InterventionWindow intervention) {
        if (fromPorts == null) {
            throw new IllegalStateException(column + " is recorded in runs.csv; it is computed from the run's summary");
        }
        return fromPorts.of(ports, reference, intervention);
    }

    /** The outcome among the given ones that a name names, by its column or an alias. */
    public static Optional<Outcome> named(String name, Collection<Outcome> among) {
        return among.stream().filter(o -> o.names().contains(name)).findFirst();
    }

    /** The outcomes' names as a message lists them: "delivered_europe_t_per_year (or delivered), ...". */
    public static String listed(Collection<Outcome> outcomes) {
        return outcomes.stream().map(o -> o.aliases.isEmpty() ? o.column
                : o.column + " (or " + String.join(", ", o.aliases) + ")").collect(Collectors.joining(", "));
    }

    /** The outcomes runs.csv records, in the order of its columns. */
    public static List<Outcome> recordedInRuns() {
        return Arrays.stream(values()).filter(Outcome::recorded).toList();
    }
}
