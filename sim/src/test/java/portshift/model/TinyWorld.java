package portshift.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import portshift.TestPaths;
import portshift.scenario.LoadedScenario;

/**
 * Hand-built worlds for mechanism tests: the scenario {@code tiny-world.yaml} (one export port
 * ORIGIN in a risk country, two identical import ports NORTH and SOUTH, one producer and one
 * organisation), with the figures below set by their paths in the scenario language before
 * {@link #config()} loads it. Any other figure can be set with {@link #set(String, double)}.
 */
public final class TinyWorld {
    private static final Path FILE = TestPaths.root().resolve("sim/src/test/resources/portshift/model/tiny-world.yaml");
    private static final String T = "uncertainties.traffickers.";
    private static final String I = "uncertainties.insiders.";

    public int days = 730;
    public int organisations = 1;
    public int exportContacts = 0;
    public int importContacts = 0;
    public int maxRecruitments = 0;
    public double switchMargin = 500;
    public double concealmentUsdPerKg = 1000;
    public double startCapitalUsd = 20e6;
    public double loadSuccess = 0.95;
    public double exposurePerDay = 0;
    public double antiCorruption = 0.3;
    public List<Intervention> interventions = new ArrayList<>();
    private final Map<String, JsonNode> values = new LinkedHashMap<>();

    /** Sets a figure by its path in the scenario language, e.g. {@code ports.NORTH.scanners}. */
    public TinyWorld set(String path, double value) {
        values.put(path, value == Math.rint(value) && Math.abs(value) < 1e9
                ? JsonNodeFactory.instance.numberNode((int) value) : JsonNodeFactory.instance.numberNode(value));
        return this;
    }

    /** Insiders each organisation starts with at its export port and at its import ports. */
    public TinyWorld contacts(int atExport, int atImport) {
        exportContacts = atExport;
        importContacts = atImport;
        return this;
    }

    /** Scanners at one port, 100 containers a day each. */
    public TinyWorld scanners(String port, int n) {
        return set("ports." + port + ".scanners", n);
    }

    public ModelConfig config() {
        set("days", days);
        set(T + "organisations.PRODUCER", organisations);
        set(T + "export_contacts", exportContacts);
        set(T + "import_contacts", importContacts);
        set(T + "max_recruitments_underway", maxRecruitments);
        set(T + "switch_margin_usd_per_kg", switchMargin);
        set(T + "concealment_usd_per_kg", concealmentUsdPerKg);
        set(T + "start_capital_usd", startCapitalUsd);
        set(I + "load_success", loadSuccess);
        set(I + "exposure_per_day", exposurePerDay);
        set("port_defaults.EXPORT.anti_corruption", antiCorruption);
        set("port_defaults.IMPORT.anti_corruption", antiCorruption);
        ModelConfig c = LoadedScenario.load(FILE).with(values).config();
        return c.withInterventions(c.scenario(), interventions);
    }

    /** Starts a model on this world and steps it to the given day (exclusive). */
    public static PortshiftModel runTo(ModelConfig config, long seed, int day) {
        PortshiftModel model = start(config, seed);
        stepTo(model, day);
        return model;
    }

    /** Starts a model on this world without stepping it, so that a test can give insiders first. */
    public static PortshiftModel start(ModelConfig config, long seed) {
        PortshiftModel model = new PortshiftModel(seed, config);
        model.start();
        return model;
    }

    /** Gives the first organisation an insider in a role at a port, from day 0. */
    public static Insider contact(PortshiftModel model, String port, InsiderRole role) {
        return contact(model, model.traffickers().get(0), port, role);
    }

    /** Gives an organisation an insider in a role at a port, from day 0, whatever the port's open workers. */
    public static Insider contact(PortshiftModel model, Trafficker employer, String port, InsiderRole role) {
        InsiderPool pool = model.insiders(model.world().port(port));
        pool.addContact(employer, role, 0);
        List<Insider> active = pool.active();
        return active.get(active.size() - 1);
    }

    public static void stepTo(PortshiftModel model, int day) {
        while (model.schedule.getSteps() < day) {
            model.schedule.step(model);
        }
    }

    /** Insiders at work in all ports. */
    public static int activeInsiders(PortshiftModel model) {
        int n = 0;
        for (Port p : model.world().ports()) {
            n += model.insiders(p).active().size();
        }
        return n;
    }

    /** Share of the kilograms reaching NORTH rather than SOUTH between two days of a run. */
    public static double shareToNorth(ModelConfig config, long seed, int fromDay, int toDay) {
        PortshiftModel model = runTo(config, seed, fromDay);
        double north0 = model.world().port("NORTH").counters().get(PortMeasure.ATTEMPTED_KG);
        double south0 = model.world().port("SOUTH").counters().get(PortMeasure.ATTEMPTED_KG);
        stepTo(model, toDay);
        double north = model.world().port("NORTH").counters().get(PortMeasure.ATTEMPTED_KG) - north0;
        double south = model.world().port("SOUTH").counters().get(PortMeasure.ATTEMPTED_KG) - south0;
        return north / (north + south);
    }
}
