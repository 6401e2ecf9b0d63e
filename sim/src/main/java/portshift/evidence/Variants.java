package portshift.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import portshift.model.ControlsChange;
import portshift.model.Intervention;
import portshift.model.ModelConfig;
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

    static ModelConfig with(ModelConfig c, String name, Intervention extra) {
        List<Intervention> all = new ArrayList<>(c.interventions());
        all.add(extra);
        all.sort(java.util.Comparator.comparingLong(Intervention::day));
        return new ModelConfig(name, c.start(), c.days(), c.warmupDays(), c.world(), c.alliance(), c.screening(),
                c.traffickers(), c.insiders(), c.customs(), all);
    }

    private static Intervention ports(long day, String label, Map<String, ControlsChange> changes) {
        return new Intervention(day, label, changes, null, null, null, List.of(), 0);
    }

    private static PortSpec spec(ModelConfig c, String id) {
        return c.world().ports().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    /** Antwerp alone adds five scanners and a hundred officers on the policy date. */
    static ModelConfig antwerpCrackdown(ModelConfig c) {
        PortSpec antwerp = spec(c, "ANTWERP");
        return with(c, c.scenario() + "+antwerp-crackdown", ports(policyDay(c), "Antwerp crackdown",
                Map.of("ANTWERP", new ControlsChange(antwerp.controls().scanners() + 5, null,
                        antwerp.controls().officers() + 100, null, null, null, null, null))));
    }

    /** Four more scanners on the policy date at each of the five European ports with most Latin American containers. */
    static ModelConfig moreScanners(ModelConfig c) {
        Map<String, ControlsChange> changes = new LinkedHashMap<>();
        for (String id : BIG_FIVE) {
            changes.put(id, new ControlsChange(spec(c, id).controls().scanners() + 4, null, null, null, null, null, null, null));
        }
        return with(c, c.scenario() + "+scanners", ports(policyDay(c), "four more scanners at five ports", changes));
    }

    /** Pressure everywhere in Europe: three more scanners and twice the officers at every import port. */
    static ModelConfig pressure(ModelConfig c) {
        Map<String, ControlsChange> changes = new LinkedHashMap<>();
        for (PortSpec p : c.world().ports()) {
            if (p.role() == PortRole.IMPORT) {
                changes.put(p.id(), new ControlsChange(p.controls().scanners() + 3, null, p.controls().officers() * 2,
                        null, null, null, null, null));
            }
        }
        return with(c, c.scenario() + "+pressure", ports(policyDay(c), "pressure on every European port", changes));
    }

    /** Anti-corruption intensity a at every port from the start. */
    static ModelConfig antiCorruption(ModelConfig c, double a) {
        Map<String, ControlsChange> changes = new LinkedHashMap<>();
        for (PortSpec p : c.world().ports()) {
            changes.put(p.id(), new ControlsChange(null, null, null, null, null, a, null, null));
        }
        return with(c, c.scenario() + "+anti-corruption-" + a, ports(0, "anti-corruption " + a, changes));
    }
}
