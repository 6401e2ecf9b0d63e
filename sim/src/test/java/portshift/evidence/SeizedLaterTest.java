package portshift.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import portshift.experiment.Replication;
import portshift.experiment.RunResult;
import portshift.model.ModelConfig;
import portshift.model.PortMeasure;
import portshift.model.TinyWorld;
import portshift.observe.PortMonth;

/**
 * The monthly rows say, per export port, how much of what left it was seized further on: in the tiny world every
 * load leaves ORIGIN, so what NORTH and SOUTH seize is exactly ORIGIN's seized-later kilograms, month by month.
 */
class SeizedLaterTest {

    @Test
    void whatTheImportPortsSeizeIsCountedAsSeizedLaterAtTheExportPortItLeft() {
        TinyWorld world = new TinyWorld();
        world.days = 365;
        world.set("ports.ORIGIN.officers", 20).set("ports.NORTH.officers", 20).set("ports.SOUTH.officers", 20);
        ModelConfig config = world.config();
        RunResult run = Replication.run(config, 0, 3);
        double origin = 0;
        double later = 0;
        double imports = 0;
        for (PortMonth m : run.ports()) {
            if (m.port().equals("ORIGIN")) {
                origin += m.get(PortMeasure.SEIZED_KG);
                later += m.get(PortMeasure.SEIZED_LATER_KG);
                double seizedAtImportsThisMonth = run.ports().stream()
                        .filter(o -> o.month().equals(m.month()) && !o.port().equals("ORIGIN"))
                        .mapToDouble(o -> o.get(PortMeasure.SEIZED_KG)).sum();
                assertThat(m.get(PortMeasure.SEIZED_LATER_KG)).as(m.month()).isCloseTo(seizedAtImportsThisMonth, within(1e-6));
            } else {
                imports += m.get(PortMeasure.SEIZED_KG);
                assertThat(m.get(PortMeasure.SEIZED_LATER_KG)).as("nothing leaves " + m.port() + " to be seized later").isZero();
            }
        }
        assertThat(origin).as("seized at the export port").isPositive();
        assertThat(later).as("seized further on").isPositive().isCloseTo(imports, within(1e-6));
        assertThat(RunFacts.originSeizedShare(run.ports(), List.of("ORIGIN"))).isCloseTo(origin / (origin + later),
                within(1e-12));
        assertThat(ModelFigures.of(run, config).get("origin_share:EC")).as("ORIGIN is Ecuador's only export port")
                .isCloseTo(origin / (origin + later), within(1e-12));
    }
}
