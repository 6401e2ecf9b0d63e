package portshift.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Hand-built worlds for mechanism tests: one export port (ORIGIN, in a risk country), two identical
 * import ports (NORTH and SOUTH), direct routes, one producer and one organisation. Every figure can
 * be changed before {@link #config()} builds the configuration.
 */
public final class TinyWorld {
    public int days = 730;
    public int warmupDays = 0;
    public double supplyKgPerYear = 100_000;
    public int organisations = 1;
    public int exportContacts = 0;
    public int importContacts = 0;
    public int maxRecruitments = 0;
    public double switchMargin = 500;
    public double concealmentUsdPerKg = 1000;
    public double startCapitalUsd = 20e6;
    public double rationality = 2;
    public double loadSuccess = 0.95;
    public double exposurePerService = 0;
    public double exposurePerDay = 0;
    public double corruptibleShare = 0.05;
    public double antiCorruption = 0.3;
    public int recruitmentDays = 30;
    /** Median asks so low that every approached worker accepts. */
    public double medianAsk = 1;
    public PortControls origin = controls(0, 10);
    public PortControls north = controls(0, 10);
    public PortControls south = controls(0, 10);
    public List<Intervention> interventions = new ArrayList<>();

    /** Controls with the given scanners and officers, 100 scans or 1 inspection a day each. */
    public static PortControls controls(int scanners, int officers) {
        return new PortControls(scanners, 100, officers, 1, 0.5, 0.3, 1, false);
    }

    public ModelConfig config() {
        List<PortSpec> ports = new ArrayList<>();
        ports.add(port("ORIGIN", "EC", Region.SOUTH_AMERICA, PortRole.EXPORT, origin, 0));
        ports.add(port("NORTH", "NL", Region.EUROPE, PortRole.IMPORT, north, 200));
        ports.add(port("SOUTH", "ES", Region.EUROPE, PortRole.IMPORT, south, 200));
        List<RouteSpec> routes = List.of(new RouteSpec("ORIGIN", null, "NORTH", 20, 0),
                new RouteSpec("ORIGIN", null, "SOUTH", 20, 0));
        List<ProducerSpec> producers = List.of(new ProducerSpec("PRODUCER", supplyKgPerYear, 1500,
                List.of(new ProducerSpec.Link("ORIGIN", 500, 2, "road"))));
        TraffickerParams traffickers = new TraffickerParams(new int[] {organisations}, startCapitalUsd, rationality,
                500, 50, 4, 30, 1, 9, 0.97, 0.2, 0.5, 0.9, 0.9, 26, switchMargin, maxRecruitments, 0,
                concealmentUsdPerKg, 500, exportContacts, importContacts, 0, 0, 0);
        InsiderParams insiders = new InsiderParams(new double[] {400, 60, 0, 500},
                new double[] {50_000, 100_000, 200_000, 30_000}, new double[] {medianAsk, medianAsk, medianAsk, medianAsk},
                0.5, 1, recruitmentDays, 10, 20_000, 50_000, 0.1, loadSuccess, 0.97, 0.3, 0.6, 0.9,
                exposurePerService, exposurePerDay);
        CustomsParams customs = new CustomsParams(20, 2, 30, new double[] {0.85, 0.5, 0.5},
                new double[] {0.95, 0.7, 0.7}, 4, 48, 0.6);
        return new ModelConfig("tiny", LocalDate.of(2022, 1, 1), days, warmupDays,
                new WorldSpec(ports, routes, producers), Alliance.none(), new ScreeningRules(Set.of("EC"), false),
                traffickers, insiders, customs, interventions);
    }

    private PortSpec port(String id, String country, Region region, PortRole role, PortControls c, double latam) {
        return new PortSpec(id, id, country, region, role, 0, 0, 1.0, 2000, latam, role == PortRole.IMPORT ? 32_500 : 0,
                corruptibleShare, new PortControls(c.scanners(), c.containersPerScannerPerDay(), c.officers(),
                c.inspectionsPerOfficerPerDay(), c.profilingSkill(), antiCorruption, c.maxScreeningShare(), c.originTracing()));
    }

    /** Starts a model on this world and steps it to the given day (exclusive). */
    public static PortshiftModel runTo(ModelConfig config, long seed, int day) {
        PortshiftModel model = new PortshiftModel(seed, config);
        model.start();
        stepTo(model, day);
        return model;
    }

    public static void stepTo(PortshiftModel model, int day) {
        while (model.schedule.getSteps() < day) {
            model.schedule.step(model);
        }
    }

    /** Share of the kilograms reaching NORTH rather than SOUTH between two days of a run. */
    public static double shareToNorth(ModelConfig config, long seed, int fromDay, int toDay) {
        PortshiftModel model = runTo(config, seed, fromDay);
        double north0 = model.world().port("NORTH").counters().attemptedKg;
        double south0 = model.world().port("SOUTH").counters().attemptedKg;
        stepTo(model, toDay);
        double north = model.world().port("NORTH").counters().attemptedKg - north0;
        double south = model.world().port("SOUTH").counters().attemptedKg - south0;
        return north / (north + south);
    }
}
