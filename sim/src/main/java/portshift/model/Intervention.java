package portshift.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A dated change of levers, as a scenario file writes it under {@code interventions:}: from its day
 * on, the given ports' controls, the screening rules and the alliance change (null fields leave
 * things as they are); a one-off intelligence shock can expose a share of the insiders at some
 * ports; money for equipment adds scanners by a declared rule; and vetting of staff raises the ports'
 * anti-corruption intensity and exposes a share of their insiders. Code builds one with {@link #on(long, String)} and the {@code with...} methods.
 */
public record Intervention(
        @Doc(value = "a date (YYYY-MM-DD) or a day number counted from the start", required = true) String at,
        @Doc("what it is, in the user's words") String name,
        @Doc(value = "per port id, the controls that change", change = true) Map<String, PortControls> ports,
        @Doc(value = "new screening rules", change = true) ScreeningRules screening,
        @Doc(value = "new alliance settings", change = true) Alliance alliance,
        @Doc("a one-off intelligence shock") Exposure exposeInsiders,
        @Doc("money for scanners, turned into scanners at ports by a declared rule") Equipment equipment,
        @Doc("vetting of port staff") Vetting vetting) implements Serializable {

    /** A one-off intelligence shock: a share of the insiders at the given ports is exposed at once. */
    public record Exposure(
            @Doc(value = "port ids", maxLength = Doc.MAX_ID, required = true) List<String> ports,
            @Doc(value = "share of their insiders exposed and arrested", unit = "share", min = 0, max = 1, required = true)
            Double share) implements Serializable {
    }

    /** An intervention on a day of the run that changes nothing yet. */
    public static Intervention on(long day, String name) {
        return at(Long.toString(day), name);
    }

    /** An intervention at a date (YYYY-MM-DD) or a day number, as a file writes it, that changes nothing yet. */
    public static Intervention at(String at, String name) {
        return new Intervention(at, name, null, null, null, null, null, null);
    }

    public Intervention withPorts(Map<String, PortControls> changes) {
        return new Intervention(at, name, changes, screening, alliance, exposeInsiders, equipment, vetting);
    }

    public Intervention withScreening(ScreeningRules rules) {
        return new Intervention(at, name, ports, rules, alliance, exposeInsiders, equipment, vetting);
    }

    public Intervention withAlliance(Alliance change) {
        return new Intervention(at, name, ports, screening, change, exposeInsiders, equipment, vetting);
    }

    public Intervention withExposure(List<String> at, double share) {
        return new Intervention(this.at, name, ports, screening, alliance, new Exposure(at, share), equipment, vetting);
    }

    public Intervention withEquipment(Equipment money) {
        return new Intervention(at, name, ports, screening, alliance, exposeInsiders, money, vetting);
    }

    public Intervention withVetting(Vetting staff) {
        return new Intervention(at, name, ports, screening, alliance, exposeInsiders, equipment, staff);
    }

    /** The same intervention under another name. */
    public Intervention named(String newName) {
        return new Intervention(at, newName, ports, screening, alliance, exposeInsiders, equipment, vetting);
    }

    /** The day it takes effect (0 = the start date): {@code at} is a day number or an ISO date. */
    public long day(LocalDate start) {
        return at.chars().allMatch(Character::isDigit) ? Long.parseLong(at) : LocalDate.parse(at).toEpochDay() - start.toEpochDay();
    }

    /** Ports whose own controls this intervention changes, sorted. */
    public List<String> portIds() {
        return ports == null ? List.of() : ports.keySet().stream().sorted().toList();
    }
}
