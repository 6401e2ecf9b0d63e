package portshift.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Footholds on the tiny world: ten organisations, each established at one of the two identical import ports, and
 * a crackdown at NORTH a year in (25 scanners, enough to screen every container from the risk country), of which
 * every seizure is in the news. Where moving costs little, the organisations leave NORTH faster than its scanners
 * find their loads and NORTH seizes less than before; where landing without a foothold costs more than the
 * crackdown's risk, they stay, and NORTH seizes more.
 */
class FootholdTest {
    private static final int CRACKDOWN = 365;

    private static TinyWorld world(double landingUsdPerKg, double buildWeeks) {
        TinyWorld world = new TinyWorld();
        world.days = 2 * CRACKDOWN;
        world.organisations = 10;
        world.set("uncertainties.footholds.start_ports", 1);
        world.set("uncertainties.footholds.landing_usd_per_kg", landingUsdPerKg);
        world.set("uncertainties.footholds.build_weeks", buildWeeks);
        // every seizure is in the news and counts as an own loss, so that the organisations learn of the crackdown
        // within weeks: how fast they learn, against how fast the scanners find loads, is what decides
        world.set("uncertainties.traffickers.news_share", 1);
        world.set("uncertainties.traffickers.news_weight", 1);
        world.interventions.add(Intervention.on(CRACKDOWN, "crackdown at NORTH")
                .withPorts(Map.of("NORTH", PortControls.NONE.withScanners(25))));
        return world;
    }

    /** Kilograms seized at NORTH in the half year before the crackdown and in the half year from three months after it. */
    private static double[] seizedAtNorth(TinyWorld world, long seed) {
        PortshiftModel model = TinyWorld.runTo(world.config(), seed, CRACKDOWN - 182);
        Port north = model.world().port("NORTH");
        double start = north.counters().get(PortMeasure.SEIZED_KG);
        TinyWorld.stepTo(model, CRACKDOWN);
        double before = north.counters().get(PortMeasure.SEIZED_KG) - start;
        TinyWorld.stepTo(model, CRACKDOWN + 91);
        double from = north.counters().get(PortMeasure.SEIZED_KG);
        TinyWorld.stepTo(model, CRACKDOWN + 91 + 182);
        return new double[] {before, north.counters().get(PortMeasure.SEIZED_KG) - from};
    }

    @Test
    void organisationsStartEstablishedAtPortsDrawnByTrade() {
        PortshiftModel model = TinyWorld.runTo(world(0, 26).config(), 1, 0);
        int atNorth = 0;
        for (Trafficker t : model.traffickers()) {
            double north = t.footholds().level(model.world().port("NORTH"));
            double south = t.footholds().level(model.world().port("SOUTH"));
            assertThat(north + south).as("one port each").isEqualTo(1.0);
            atNorth += (int) north;
        }
        assertThat(atNorth).as("both ports drawn").isBetween(1, 9);
    }

    @Test
    void aFootholdGrowsWithUseOverMonthsAndFadesWithout() {
        FootholdParams params = new FootholdParams(4000.0, 26.0, 52.0, 1);
        Footholds footholds = new Footholds(params, 2);
        Port port = new TinyWorld().config().world().build().port("NORTH");
        for (int week = 0; week < 26; week++) {
            footholds.use(port);
            footholds.endWeek();
        }
        assertThat(footholds.level(port)).as("26 weeks of use").isCloseTo(1 - Math.exp(-1), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(footholds.landingUsdPerKg()[port.index()]).isCloseTo(4000 * Math.exp(-1), org.assertj.core.api.Assertions.within(1e-6));
        double built = footholds.level(port);
        for (int week = 0; week < 52; week++) {
            footholds.endWeek();
        }
        assertThat(footholds.level(port)).as("a year unused").isCloseTo(built * Math.exp(-1), org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void organisationsFreeToMoveLeaveAndTheReinforcedPortSeizesLess() {
        double before = 0;
        double after = 0;
        for (long seed = 1; seed <= 3; seed++) {
            double[] s = seizedAtNorth(world(0, 26), seed);
            before += s[0];
            after += s[1];
        }
        System.out.printf("free to move: seized at NORTH %.0f kg before the crackdown, %.0f kg after%n", before, after);
        assertThat(after).as("seized at NORTH after the crackdown, against %.0f kg before", before).isLessThan(before);
    }

    @Test
    void organisationsEstablishedThereStayAndTheReinforcedPortSeizesMore() {
        double before = 0;
        double after = 0;
        for (long seed = 1; seed <= 3; seed++) {
            double[] s = seizedAtNorth(world(20000, 520), seed);
            before += s[0];
            after += s[1];
        }
        System.out.printf("established: seized at NORTH %.0f kg before the crackdown, %.0f kg after%n", before, after);
        assertThat(after).as("seized at NORTH after the crackdown, against %.0f kg before", before).isGreaterThan(2 * before);
    }
}
