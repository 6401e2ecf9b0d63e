package portshift.evidence;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import portshift.model.Intervention;
import portshift.model.ModelConfig;
import portshift.model.PortControls;
import portshift.model.PortRole;
import portshift.model.PortSpec;
import portshift.model.SimCalendar;

/** The variants of the default world that the pattern checks compare, built from a configuration. */
final class Variants {
    /** The date of the policy changes the patterns compare: the alliance's launch. */
    static final LocalDate POLICY_DATE = LocalDate.of(2024, 1, 1);
    static final List<String> BIG_FIVE = List.of("ANTWERP", "ROTTERDAM", "HAMBURG", "ALGECIRAS", "VALENCIA");

    private Variants() {
    }

    static long policyDay(ModelConfig c) {
        return new SimCalendar(c.start()).day(POLICY_DATE);
    }

    private static ModelConfig with(ModelConfig c, String name, long day, String label, Map<String, PortControls> changes) {
        return c.withInterventions(name, List.of(Intervention.on(day, label).withPorts(changes)));
    }

    private static PortControls controls(ModelConfig c, String id) {
        return c.world().ports().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow().controls();
    }

    /** Antwerp alone adds five scanners and a hundred officers on the policy date. */
    static ModelConfig antwerpCrackdown(ModelConfig c) {
        PortControls antwerp = controls(c, "ANTWERP");
        return with(c, c.scenario() + "+antwerp-crackdown", policyDay(c), "Antwerp crackdown",
                Map.of("ANTWERP", PortControls.NONE.withScanners(antwerp.scanners() + 5).withOfficers(antwerp.officers() + 100)));
    }

    /** Four more scanners on the policy date at each of the five European ports with most Latin American containers. */
    static ModelConfig moreScanners(ModelConfig c) {
        Map<String, PortControls> changes = new LinkedHashMap<>();
        for (String id : BIG_FIVE) {
            changes.put(id, PortControls.NONE.withScanners(controls(c, id).scanners() + 4));
        }
        return with(c, c.scenario() + "+scanners", policyDay(c), "four more scanners at five ports", changes);
    }

    /** Pressure everywhere in Europe: three more scanners and twice the officers at every import port. */
    static ModelConfig pressure(ModelConfig c) {
        Map<String, PortControls> changes = new LinkedHashMap<>();
        for (PortSpec p : c.world().ports()) {
            if (p.role() == PortRole.IMPORT) {
                changes.put(p.id(), PortControls.NONE.withScanners(p.controls().scanners() + 3)
                        .withOfficers(p.controls().officers() * 2));
            }
        }
        return with(c, c.scenario() + "+pressure", policyDay(c), "pressure on every European port", changes);
    }

    /** Anti-corruption intensity a at every port from the start. */
    static ModelConfig antiCorruption(ModelConfig c, double a) {
        Map<String, PortControls> changes = new LinkedHashMap<>();
        for (PortSpec p : c.world().ports()) {
            changes.put(p.id(), PortControls.NONE.withAntiCorruption(a));
        }
        return with(c, c.scenario() + "+anti-corruption-" + a, 0, "anti-corruption " + a, changes);
    }
}
