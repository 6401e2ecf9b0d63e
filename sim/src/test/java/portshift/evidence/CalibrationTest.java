package portshift.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import portshift.TestPaths;
import portshift.model.ModelConfig;
import portshift.model.PortMeasure;
import portshift.model.ProducerSpec;
import portshift.observe.PortMonth;
import portshift.scenario.Dimension;
import portshift.scenario.LoadedScenario;
import portshift.scenario.ScenarioPaths;
import portshift.scenario.SearchSpace;

/**
 * A short calibration: reproducible with a fixed seed, never worse than where it started; the loss it minimises,
 * against figures worked out by hand from its definition in docs/validation.md; and the measure of Ecuador's
 * origin/destination split, on hand-built monthly rows.
 */
class CalibrationTest {
    private static final Targets TARGETS = Targets.of(portshift.scenario.LoadedScenario.load(TestPaths.scenario("calibration.yaml")));
    private static final LoadedScenario BASELINE = LoadedScenario.load(TestPaths.scenario("calibration.yaml"));
    /** The default world with its calibration parameters declared. */
    private static final LoadedScenario CALIBRATION = LoadedScenario.load(TestPaths.scenario("calibration.yaml"));
    private static final List<Dimension> PARAMETERS = SearchSpace.calibrate(CALIBRATION);

    private static Calibration.Fit fit() {
        return new Calibration(CALIBRATION, PARAMETERS, 1, 500, 7, 2).fit(12);
    }

    @Test
    void theSameSeedFindsTheSameFitAndTheFitIsNoWorseThanTheStart() {
        Calibration.Fit a = fit();
        Calibration.Fit b = fit();
        assertThat(a.values()).isEqualTo(b.values());
        assertThat(a.loss()).isEqualTo(b.loss()).isLessThanOrEqualTo(a.startLoss());
        assertThat(a.targets().stream().map(f -> f.target().name())).containsExactlyElementsOf(
                TARGETS.all().stream().map(Target::name).toList());
        assertThat(Calibration.loss(a.targets())).isEqualTo(a.loss());
        for (Dimension p : PARAMETERS) {
            assertThat(a.values().get(p.name())).as(p.name()).isBetween(p.low(), p.high());
        }
    }

    /** Model figures that meet every target: each point hit, each range and bound at its middle, each rank held. */
    private static Map<String, Double> meetingEveryTarget() {
        Map<String, Double> f = new LinkedHashMap<>();
        for (Target t : TARGETS.all()) {
            switch (t.kind()) {
                case POINT -> f.put(t.name(), t.value());
                case RANGE, UPPER -> f.put(t.name(), (t.low() + t.high()) / 2);
                case RANK -> { }
            }
        }
        // the ranks: SANTOS the largest export port, GUAYAQUIL among the three largest
        f.put("exported_t:SANTOS", 300.0);
        f.put("exported_t:GUAYAQUIL", 100.0);
        f.put("exported_t:PAITA", 20.0);
        return f;
    }

    private static double loss(Map<String, Double> figures) {
        return Calibration.loss(Calibration.against(TARGETS, figures));
    }

    private static TargetFit fitOf(Map<String, Double> figures, String name) {
        return Calibration.against(TARGETS, figures).stream().filter(f -> f.target().name().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void aFitThatMeetsEveryTargetHasLossZero() {
        Map<String, Double> f = meetingEveryTarget();
        assertThat(loss(f)).isZero();
        // the ends of a range, and an upper bound itself, are inside
        f.put("interception_rate", TARGETS.get("interception_rate").low());
        f.put("screened_share_europe", TARGETS.get("screened_share_europe").high());
        f.put("seized_t:GOTHENBURG", 1.2);
        f.put("interception:CALLAO", 0.0);
        assertThat(loss(f)).isZero();
    }

    @Test
    void aPointTargetCostsTheSquaredLogRatioWithOneTonneOrOnePointAdded() {
        Map<String, Double> f = meetingEveryTarget();
        f.put("seized_t:ANTWERP", 2 * (116 + 1) - 1.0);
        assertThat(loss(f)).isCloseTo(Math.log(2) * Math.log(2), within(1e-12));
        // Buenaventura at 124 t against 250: [ln(125 / 251)]^2 = 0.48600
        f = meetingEveryTarget();
        f.put("exported_t:BUENAVENTURA", 124.0);
        assertThat(loss(f)).isCloseTo(0.48600, within(1e-5));
        assertThat(fitOf(f, "exported_t:BUENAVENTURA").ratio()).isCloseTo(124 / 250.0, within(1e-12));
        assertThat(fitOf(f, "exported_t:BUENAVENTURA").withinFactor()).isFalse();
        // Ecuador's share seized at origin 0.1 against a third (0.333): [ln(0.11 / 0.343)]^2 = 1.29334
        f = meetingEveryTarget();
        f.put("origin_share:EC", 0.1);
        assertThat(loss(f)).isCloseTo(1.29334, within(1e-5));
        assertThat(fitOf(f, "origin_share:EC").withinFactor()).as("not a single port's target").isNull();
    }

    @Test
    void aPortWithinOneAndAHalfTimesItsFigureIsWithinTheFactor() {
        Map<String, Double> f = meetingEveryTarget();
        f.put("seized_t:HAMBURG", 33 * 1.49);
        f.put("exported_t:CALLAO", 80 / 1.49);
        f.put("seized_t:ROTTERDAM", 45.5 * 1.51);
        assertThat(fitOf(f, "seized_t:HAMBURG").withinFactor()).isTrue();
        assertThat(fitOf(f, "exported_t:CALLAO").withinFactor()).isTrue();
        assertThat(fitOf(f, "seized_t:ROTTERDAM").withinFactor()).isFalse();
        assertThat(fitOf(f, "seized_t:SPAIN").withinFactor()).as("a country group").isNull();
    }

    @Test
    void aTargetPortWhereTheModelSeizesNothingCostsAFiniteTerm() {
        Map<String, Double> f = meetingEveryTarget();
        f.remove("seized_t:BREMERHAVEN");
        double term = Math.log(1 / (2.0 + 1));
        assertThat(loss(f)).isCloseTo(term * term, within(1e-12)).isPositive();
        // a figure the runs leave undefined counts as 0 too
        f.put("seized_t:BREMERHAVEN", Double.NaN);
        assertThat(loss(f)).isCloseTo(term * term, within(1e-12));
    }

    @Test
    void anUpperBoundCostsAThousandTimesTheSquaredExcessInWidthsOfTheRangeFromZero() {
        Map<String, Double> f = meetingEveryTarget();
        // Gothenburg at most 1.2 t: 1.8 t exceeds it by half the width of [0, 1.2], 1000 x 0.5^2 = 250
        f.put("seized_t:GOTHENBURG", 1.8);
        assertThat(loss(f)).isCloseTo(250, within(1e-9));
        assertThat(fitOf(f, "seized_t:GOTHENBURG").met()).isFalse();
        // Gdansk at most 5 t: 10 t exceeds it by the whole width, 1000
        f.put("seized_t:GOTHENBURG", 0.0);
        f.put("seized_t:GDANSK", 10.0);
        assertThat(loss(f)).isCloseTo(1000, within(1e-9));
    }

    @Test
    void aRangeCostsAThousandTimesTheSquaredDistanceInWidthsOfTheRange() {
        Map<String, Double> f = meetingEveryTarget();
        // Callao's interception in [0, 0.20]: 0.30 is half a width out, 250
        f.put("interception:CALLAO", 0.30);
        assertThat(loss(f)).isCloseTo(250, within(1e-9));
        f = meetingEveryTarget();
        Target i = TARGETS.get("interception_rate");
        double width = i.high() - i.low();
        f.put("interception_rate", i.high() + width);
        assertThat(loss(f)).isCloseTo(1000, within(1e-6));
        f.put("interception_rate", i.low() - width / 2);
        assertThat(loss(f)).isCloseTo(250, within(1e-6));
    }

    @Test
    void aRankTargetCostsTheSquaredLogOfTheShortfallFromTheFigureItsRankNeeds() {
        Map<String, Double> f = meetingEveryTarget();
        // Santos must be the largest: at 151 t it needs the largest of the others, Buenaventura's 250 t, and costs
        // [ln(251 / 152)]^2; at 250 t it ties, and a tie holds the rank
        f.put("exported_t:SANTOS", 151.0);
        double santos = Math.log(251.0 / 152.0);
        assertThat(loss(f)).isCloseTo(santos * santos, within(1e-12));
        assertThat(fitOf(f, "exported_t:SANTOS").reference()).isEqualTo(250.0);
        assertThat(fitOf(f, "exported_t:SANTOS").met()).isFalse();
        f.put("exported_t:SANTOS", 250.0);
        assertThat(loss(f)).isZero();
        // Guayaquil among the three largest: the others are Santos 300, Buenaventura 250, Callao 80, Paita 20, so it
        // needs Callao's 80 t; at 50 t it costs [ln(81 / 51)]^2 = 0.21402
        f = meetingEveryTarget();
        f.put("exported_t:GUAYAQUIL", 50.0);
        assertThat(loss(f)).isCloseTo(0.21402, within(1e-5));
        assertThat(fitOf(f, "exported_t:GUAYAQUIL").reference()).isEqualTo(80.0);
        f.put("exported_t:GUAYAQUIL", 80.0);
        assertThat(loss(f)).isZero();
        // with Santos at 300 t and Guayaquil at 400 t, Santos falls short of Guayaquil's 400: [ln(401 / 301)]^2
        f = meetingEveryTarget();
        f.put("exported_t:GUAYAQUIL", 400.0);
        double shortfall = Math.log(401.0 / 301.0);
        assertThat(loss(f)).isCloseTo(shortfall * shortfall, within(1e-12));
    }

    @Test
    void theTermsAddUp() {
        Map<String, Double> f = meetingEveryTarget();
        f.put("seized_t:ANTWERP", 2 * (116 + 1) - 1.0);
        f.put("seized_t:GOTHENBURG", 1.8);
        f.put("exported_t:GUAYAQUIL", 50.0);
        assertThat(loss(f)).isCloseTo(Math.log(2) * Math.log(2) + 250 + 0.21402, within(1e-5));
    }

    private static PortMonth row(String port, String role, String month, boolean reported, double seized,
                                 double seizedLater) {
        return new PortMonth(port, "SOUTH_AMERICA", role, month, reported, Map.of(PortMeasure.ATTEMPTED_KG, 1000.0,
                PortMeasure.SEIZED_KG, seized, PortMeasure.SHIPMENTS, 1.0, PortMeasure.SEIZURES, 1.0,
                PortMeasure.SEIZED_LATER_KG, seizedLater));
    }

    @Test
    void ecuadorsSplitIsTheShareOfItsExportsSeizuresMadeAtItsOwnPorts() {
        List<PortMonth> rows = new ArrayList<>(List.of(
                row("GUAYAQUIL", "EXPORT", "2023-01", true, 100, 150),
                row("PUERTO_BOLIVAR", "EXPORT", "2023-01", true, 0, 50),
                row("GUAYAQUIL", "EXPORT", "2023-02", true, 0, 0),
                // not Ecuador's: left out
                row("CALLAO", "EXPORT", "2023-01", true, 500, 0),
                // the warm-up: left out
                row("GUAYAQUIL", "EXPORT", "2022-12", false, 900, 0)));
        // 100 seized at Ecuador's ports, 200 seized further on from loads that left them: a third at origin
        assertThat(RunFacts.originSeizedShare(rows, List.of("GUAYAQUIL", "PUERTO_BOLIVAR"))).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(RunFacts.originSeizedShare(rows, List.of("PUERTO_BOLIVAR"))).isZero();
        assertThat(RunFacts.originSeizedShare(rows, List.of("PAITA"))).as("nothing seized: undefined").isNaN();
    }

    @Test
    void exportVolumesAreTonnesAYearReachingTheExportPortsInspection() {
        List<PortMonth> rows = List.of(row("SANTOS", "EXPORT", "2023-01", true, 0, 0),
                row("SANTOS", "EXPORT", "2023-02", true, 0, 0), row("SANTOS", "EXPORT", "2022-12", false, 0, 0),
                new PortMonth("ANTWERP", "EUROPE", "IMPORT", "2023-01", true, Map.of(PortMeasure.ATTEMPTED_KG,
                        5000.0, PortMeasure.DELIVERED_KG, 5000.0, PortMeasure.SHIPMENTS, 1.0)));
        // 2,000 kg over two reported months: 12 t a year; import ports are not export volumes
        assertThat(RunFacts.exportedTonnesPerYear(rows)).isEqualTo(Map.of("SANTOS", 12.0));
    }

    @Test
    void aLinkParameterSetsTheCostOfThatLinkWhereverItIsInTheList() {
        Calibration calibration = new Calibration(CALIBRATION, PARAMETERS, 1, 500, 7, 1);
        List<Dimension> p = calibration.parameters();
        double[] x = calibration.start();
        int santos = p.stream().map(Dimension::name).toList().indexOf("peru_santos_usd_per_kg");
        assertThat(x[santos]).isEqualTo(cost(BASELINE.config(), "PERU", "SANTOS"));
        x[santos] = 999;
        ModelConfig changed = calibration.scenario(x).config();
        assertThat(cost(changed, "PERU", "SANTOS")).isEqualTo(999);
        assertThat(cost(changed, "PERU", "CALLAO")).isEqualTo(cost(BASELINE.config(), "PERU", "CALLAO"));
        assertThat(cost(changed, "BOLIVIA", "SANTOS")).isEqualTo(cost(BASELINE.config(), "BOLIVIA", "SANTOS"));
        assertThatThrownBy(() -> ScenarioPaths.resolve(BASELINE.parameters(),
                "world.producers.PERU.links[port=TURBO].cost_usd_per_kg")).hasMessageContaining("no element with port TURBO");
    }

    private static double cost(ModelConfig c, String producer, String port) {
        return c.world().producers().stream().filter(p -> p.id().equals(producer)).findFirst().orElseThrow().links()
                .stream().filter(l -> l.port().equals(port)).mapToDouble(ProducerSpec.Link::costUsdPerKg).findFirst()
                .orElseThrow();
    }

    @Test
    void aStartingValueOutsideItsBoundsStartsAtTheNearestBound() {
        List<Dimension> one = List.of(new Dimension("antwerp_corruptible_share",
                List.of("uncertainties.corruptible_share.ports.ANTWERP"), false, 0.5, 0.6, false, false, "assumption"));
        assertThat(new Calibration(BASELINE, one, 1, 500, 7, 1).start()).containsExactly(0.5);
    }

    @Test
    void aLogScaledParameterIsSearchedEvenlyInItsLogarithm() {
        Dimension lift = new Dimension("max_front_company_lift", List.of("uncertainties.customs.max_front_company_lift"),
                false, 1, 16, false, true, "assumption");
        assertThat(lift.within(0.5)).isCloseTo(4, within(1e-12));
        assertThat(lift.within(0.25)).isCloseTo(2, within(1e-12));
        assertThat(lift.within(1.5)).as("held in the range").isEqualTo(16);
        assertThat(lift.shareOf(8)).isCloseTo(0.75, within(1e-12));
        Dimension even = new Dimension("prior_passes", List.of("uncertainties.traffickers.prior_passes"), false, 2, 30,
                false, false, "assumption");
        assertThat(even.within(0.5)).isEqualTo(16);
        assertThat(even.shareOf(9)).isEqualTo(0.25);
    }
}
