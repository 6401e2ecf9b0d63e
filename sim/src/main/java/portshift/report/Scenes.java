package portshift.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import portshift.analysis.InterventionWindow;
import portshift.experiment.Csv;
import portshift.experiment.Outcomes;
import portshift.model.ModelConfig;
import portshift.model.PortSpec;
import portshift.model.Region;
import portshift.model.SimCalendar;
import portshift.scenario.PathLabel;
import portshift.scenario.Sweep;

/**
 * What the figures of an experiment share, taken from its scenarios: their names in order, the ports' names and
 * colours, the end of the warm-up and the dates of the interventions, and each scenario's first intervention on
 * European ports.
 */
public final class Scenes {
    /** A dated intervention and the scenarios that hold it. */
    record Dated(LocalDate date, String label, List<String> scenarios) {
    }

    private final List<String> scenarios;
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();
    private final List<String> european = new ArrayList<>();
    private final LocalDate start;
    private final LocalDate warmupEnd;
    private final List<Dated> interventions = new ArrayList<>();
    private final Map<String, InterventionWindow> firstOnEurope = new LinkedHashMap<>();

    private Scenes(List<String> scenarios, ModelConfig world, LocalDate start, LocalDate warmupEnd) {
        this.scenarios = List.copyOf(scenarios);
        this.start = start;
        this.warmupEnd = warmupEnd;
        for (PortSpec p : world.world().ports()) {
            names.put(p.id(), p.name());
            if (p.region() == Region.EUROPE) {
                european.add(p.id());
            }
        }
    }

    /** The scenes of variants that share one world and calendar, as compare and batch require. */
    public static Scenes of(List<Sweep.Variant> variants) {
        ModelConfig first = variants.get(0).scenario().config();
        SimCalendar calendar = new SimCalendar(first.start());
        Scenes s = new Scenes(variants.stream().map(Sweep.Variant::name).toList(), first, first.start(),
                calendar.date(first.warmupDays()));
        Map<String, Dated> dated = new LinkedHashMap<>();
        for (Sweep.Variant v : variants) {
            ModelConfig c = v.scenario().config();
            SimCalendar cal = new SimCalendar(c.start());
            for (var i : c.interventions()) {
                LocalDate date = cal.date(c.dayOf(i));
                dated.computeIfAbsent(date + " " + i.name(), k -> new Dated(date, i.name(), new ArrayList<>()))
                        .scenarios().add(v.name());
            }
            Outcomes.windows(c).stream().findFirst().ifPresent(w -> s.firstOnEurope.put(v.name(), w));
        }
        List<String> labels = variants.stream().map(v -> v.values().isEmpty() ? v.name() : String.join("; ",
                v.values().entrySet().stream().map(e -> PathLabel.of(e.getKey(), s.names) + " = " + e.getValue())
                        .toList())).toList();
        if (labels.stream().distinct().count() == labels.size()) {
            for (int i = 0; i < labels.size(); i++) {
                s.labels.put(s.scenarios.get(i), labels.get(i));
            }
        }
        dated.values().stream().sorted(Comparator.comparing(Dated::date).thenComparing(Dated::label))
                .forEach(s.interventions::add);
        return s;
    }

    /** Scenes of named scenarios alone, with no world: ports keep their ids, and no dates are marked. */
    static Scenes named(List<String> scenarios) {
        return new Scenes(scenarios);
    }

    private Scenes(List<String> scenarios) {
        this.scenarios = List.copyOf(scenarios);
        this.start = null;
        this.warmupEnd = null;
    }

    List<String> scenarios() {
        return scenarios;
    }

    /**
     * A scenario as figures name it: a sweep's variant by its values ("alliance harmonization = 0.5; Antwerp-Bruges:
     * scanners = 6") where these tell the variants apart, else by its name.
     */
    String label(String scenario) {
        return labels.getOrDefault(scenario, scenario);
    }

    /** A port's name in the scenario (Antwerp-Bruges for ANTWERP), or its id if the world does not name it. */
    String name(String port) {
        return names.getOrDefault(port, port);
    }

    /** A port's colour: by its place among the world's European ports, the same in every figure. */
    java.awt.Color colour(String port) {
        int i = european.indexOf(port);
        return i < 0 ? Palette.OTHER_PORTS : Palette.port(i);
    }

    java.awt.Color scenarioColour(String scenario) {
        return Palette.scenario(scenarios.indexOf(scenario), scenarios.size());
    }

    /** The first day of the runs, or null. */
    LocalDate start() {
        return start;
    }

    /** The first day after the warm-up, or null. */
    LocalDate warmupEnd() {
        return warmupEnd;
    }

    /** Every dated intervention of the scenarios, in date order. */
    List<Dated> interventions() {
        return interventions;
    }

    /** Per scenario, its first intervention on European ports; a scenario with none is absent. */
    Map<String, InterventionWindow> firstOnEurope() {
        return firstOnEurope;
    }

    /** Which scenarios hold an intervention, in words: all of them, or their names. */
    String holders(Dated d) {
        if (d.scenarios().size() == scenarios.size()) {
            return scenarios.size() == 2 ? "both" : scenarios.size() == 1 ? scenarios.get(0) : "all variants";
        }
        return String.join(", ", d.scenarios());
    }

    /**
     * colours.csv: the colour of each scenario, each European port (with its name) and of a gain and a loss of share, so
     * that notebooks draw with the figures' colours.
     */
    String coloursCsv() {
        Csv csv = new Csv().header(List.of("kind", "key", "label", "colour"));
        for (String s : scenarios) {
            csv.row("scenario", s, label(s), Palette.hex(scenarioColour(s)));
        }
        for (String p : european) {
            csv.row("port", p, name(p), Palette.hex(colour(p)));
        }
        csv.row("port", "other", "other ports", Palette.hex(Palette.OTHER_PORTS));
        csv.row("change", "gained", "gained share", Palette.hex(Palette.GAINED));
        csv.row("change", "lost", "lost share", Palette.hex(Palette.LOST));
        return csv.toString();
    }

    /** A month as the time axes place it: the year and the fraction of it before the month's middle. */
    static double x(YearMonth m) {
        return m.getYear() + (m.getMonthValue() - 0.5) / 12;
    }

    /** A day as the time axes place it. */
    static double x(LocalDate d) {
        return d.getYear() + (d.getDayOfYear() - 1.0) / d.lengthOfYear();
    }
}
