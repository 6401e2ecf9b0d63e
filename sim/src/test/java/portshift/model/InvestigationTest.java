package portshift.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * After a seizure, investigators follow the load's leads at the port where it was seized: the
 * insiders who served it there, then the rest of its organisation's insiders there. One load of the
 * first of two organisations is put through customs by hand: every port screens every container and
 * every inspection finds the bag, so the outcome of each service decides where it is seized.
 */
class InvestigationTest {
    private static final String I = "uncertainties.insiders.";

    private static TinyWorld world(double antiCorruption, double lead, double spread) {
        TinyWorld world = new TinyWorld().scanners("ORIGIN", 25).scanners("NORTH", 25);
        world.organisations = 2;
        world.antiCorruption = antiCorruption;
        world.set(I + "investigation_lead", lead);
        world.set(I + "investigation_spread", spread);
        world.set("uncertainties.customs.scan_detection.RIP_ON_RIP_OFF", 1);
        world.set("uncertainties.customs.physical_detection.RIP_ON_RIP_OFF", 1);
        return world;
    }

    /** The load at its export port and, if it sails on, at NORTH; customs plan their day first. */
    private static Shipment inspect(PortshiftModel model) {
        Route route = model.world().routes().stream().filter(r -> r.destination().id().equals("NORTH")).findFirst()
                .orElseThrow();
        Shipment s = new Shipment(1_000_000, owner(model), route, Method.RIP_ON_RIP_OFF, 100, 0, 0);
        for (String port : List.of("ORIGIN", "NORTH")) {
            if (s.stage() == Shipment.Stage.SEIZED) {
                break;
            }
            Customs customs = model.customs(model.world().port(port));
            customs.planScreening(model);
            customs.inspect(s, model);
        }
        return s;
    }

    private static Trafficker owner(PortshiftModel model) {
        return model.traffickers().get(0);
    }

    private static Trafficker other(PortshiftModel model) {
        return model.traffickers().get(1);
    }

    private static boolean active(PortshiftModel model, String port, Insider insider) {
        return model.insiders(model.world().port(port)).active().contains(insider);
    }

    /** The loader fails, the container is screened and the bag found: seized at ORIGIN. */
    private static PortshiftModel seizedAtOriginWith(TinyWorld world, Insider[] insiders) {
        world.loadSuccess = 0;
        PortshiftModel model = TinyWorld.start(world.config(), 1);
        insiders[0] = TinyWorld.contact(model, "ORIGIN", InsiderRole.SECURITY);
        insiders[1] = TinyWorld.contact(model, "ORIGIN", InsiderRole.LONGSHOREMAN);
        insiders[2] = TinyWorld.contact(model, "ORIGIN", InsiderRole.LONGSHOREMAN);
        insiders[3] = TinyWorld.contact(model, other(model), "ORIGIN", InsiderRole.SECURITY);
        insiders[4] = TinyWorld.contact(model, other(model), "ORIGIN", InsiderRole.LONGSHOREMAN);
        Shipment s = inspect(model);
        assertThat(s.seizedAt()).isEqualTo(model.world().port("ORIGIN"));
        assertThat(s.servedBy(insiders[0]) && s.servedBy(insiders[1])).as("guard and first loader served").isTrue();
        assertThat(s.servedBy(insiders[2])).as("the second loader was not needed").isFalse();
        return model;
    }

    @Test
    void withoutAntiCorruptionWorkNobodyIsArrested() {
        Insider[] insiders = new Insider[5];
        PortshiftModel model = seizedAtOriginWith(world(0, 1, 1), insiders);
        for (Insider i : insiders) {
            assertThat(active(model, "ORIGIN", i)).isTrue();
        }
        assertThat(model.world().port("ORIGIN").counters().get(PortMeasure.INSIDERS_ARRESTED)).isZero();
    }

    @Test
    void everyInsiderWhoServedTheSeizedLoadIsArrestedAndNoOneElse() {
        Insider[] insiders = new Insider[5];
        PortshiftModel model = seizedAtOriginWith(world(1, 1, 0), insiders);
        assertThat(active(model, "ORIGIN", insiders[0])).as("guard who let the team in").isFalse();
        assertThat(active(model, "ORIGIN", insiders[1])).as("loader who served").isFalse();
        assertThat(active(model, "ORIGIN", insiders[2])).as("loader who did not serve, no spread").isTrue();
        assertThat(active(model, "ORIGIN", insiders[3])).as("another organisation's guard").isTrue();
        assertThat(active(model, "ORIGIN", insiders[4])).as("another organisation's loader").isTrue();
        assertThat(model.world().port("ORIGIN").counters().get(PortMeasure.INSIDERS_ARRESTED)).isEqualTo(2);
    }

    @Test
    void theSpreadRollsUpTheOrganisationButNotItsRivals() {
        Insider[] insiders = new Insider[5];
        PortshiftModel model = seizedAtOriginWith(world(1, 1, 1), insiders);
        assertThat(active(model, "ORIGIN", insiders[2])).as("the organisation's other loader").isFalse();
        assertThat(active(model, "ORIGIN", insiders[3]) && active(model, "ORIGIN", insiders[4]))
                .as("the other organisation's insiders").isTrue();
        assertThat(model.world().port("ORIGIN").counters().get(PortMeasure.INSIDERS_ARRESTED)).isEqualTo(3);
    }

    @Test
    void onlyTheLeadsAtTheSeizingPortAreFollowed() {
        // ORIGIN's anti-corruption is 0 and NORTH's 1: investigators at NORTH follow NORTH's leads only
        TinyWorld world = world(0, 1, 1).scanners("ORIGIN", 0);
        world.set("ports.ORIGIN.officers", 0).set("ports.NORTH.anti_corruption", 1);
        world.loadSuccess = 1;
        world.set(I + "waive_success", 0).set(I + "warn_success", 0).set(I + "pull_success", 0);
        PortshiftModel model = TinyWorld.start(world.config(), 1);
        TinyWorld.stepTo(model, 1);
        Insider originLoader = TinyWorld.contact(model, "ORIGIN", InsiderRole.LONGSHOREMAN);
        Insider officer = TinyWorld.contact(model, "NORTH", InsiderRole.CUSTOMS_OFFICER);
        Insider guard = TinyWorld.contact(model, "NORTH", InsiderRole.SECURITY);
        Insider loader = TinyWorld.contact(model, "NORTH", InsiderRole.LONGSHOREMAN);
        Insider rival = TinyWorld.contact(model, other(model), "NORTH", InsiderRole.LONGSHOREMAN);
        Shipment s = inspect(model);
        assertThat(s.seizedAt()).isEqualTo(model.world().port("NORTH"));
        assertThat(s.servedBy(originLoader)).as("loaded at ORIGIN").isTrue();
        assertThat(active(model, "ORIGIN", originLoader)).as("the export port's insider").isTrue();
        assertThat(active(model, "NORTH", officer) || active(model, "NORTH", guard) || active(model, "NORTH", loader))
                .as("NORTH's insiders who served the load").isFalse();
        assertThat(active(model, "NORTH", rival)).as("a rival's insider").isTrue();
        assertThat(model.world().port("NORTH").counters().get(PortMeasure.INSIDERS_ARRESTED)).isEqualTo(3);
    }
}
