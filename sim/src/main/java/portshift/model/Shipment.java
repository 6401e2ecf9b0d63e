package portshift.model;

import java.io.Serializable;
import java.util.Arrays;

/** One load of cocaine in one container, from an organisation's stock to a European buyer. */
public final class Shipment implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Where the load is on its way. */
    public enum Stage { TO_ORIGIN, TO_HUB, TO_DESTINATION, SEIZED, DELIVERED }

    private final long id;
    private final Trafficker owner;
    private final Route route;
    private final Method method;
    private final double kg;
    private final long plannedDay;
    private Stage stage = Stage.TO_ORIGIN;
    private long arrivalDay;
    private long legStartDay;
    private Port seizedAt;
    /** Insiders who served the load, in order; null until the first. Investigators follow them. */
    private Insider[] servedBy;
    private int served;
    /** Whether the load was pulled from its ship at the export port and waits there for a later one. */
    private boolean movedAtExport;

    public Shipment(long id, Trafficker owner, Route route, Method method, double kg, long plannedDay,
                    long arrivalDay) {
        this.id = id;
        this.owner = owner;
        this.route = route;
        this.method = method;
        this.kg = kg;
        this.plannedDay = plannedDay;
        this.arrivalDay = arrivalDay;
        this.legStartDay = plannedDay;
    }

    public long id() { return id; }
    public Trafficker owner() { return owner; }
    public Route route() { return route; }
    public Method method() { return method; }
    public double kg() { return kg; }
    public long plannedDay() { return plannedDay; }
    public Stage stage() { return stage; }
    /** Day the load reaches its next port. */
    public long arrivalDay() { return arrivalDay; }
    /** Day the load left its last place (the producer's stock or a port). */
    public long legStartDay() { return legStartDay; }

    /** Where the load comes from on its current leg: null while it is still on land. */
    public Port previousPort() {
        return switch (stage) {
            case TO_HUB -> route.origin();
            case TO_DESTINATION -> route.viaHub() ? route.hub() : route.origin();
            default -> null;
        };
    }

    /** The port where the load was seized, or null. */
    public Port seizedAt() { return seizedAt; }

    /** The port the load is heading to now, or null once it is seized or delivered. */
    public Port nextPort() {
        return switch (stage) {
            case TO_ORIGIN -> route.origin();
            case TO_HUB -> route.hub();
            case TO_DESTINATION -> route.destination();
            default -> null;
        };
    }

    /** Leaves the port just inspected for the next one on the route. */
    void sailOn(long today) {
        legStartDay = today;
        if (stage == Stage.TO_ORIGIN && route.viaHub()) {
            stage = Stage.TO_HUB;
            arrivalDay = today + route.daysToHub();
        } else if (stage == Stage.TO_ORIGIN) {
            stage = Stage.TO_DESTINATION;
            arrivalDay = today + route.sailingDays();
        } else if (stage == Stage.TO_HUB) {
            stage = Stage.TO_DESTINATION;
            arrivalDay = today + route.sailingDays() - route.daysToHub();
        } else {
            throw new IllegalStateException("shipment " + id + " cannot sail on from " + stage);
        }
    }

    /** Whether this insider served the load, at any port. */
    boolean servedBy(Insider insider) {
        for (int k = 0; k < served; k++) {
            if (servedBy[k] == insider) {
                return true;
            }
        }
        return false;
    }

    /** Records an insider's service to the load (once per insider). */
    void recordService(Insider insider) {
        if (servedBy(insider)) {
            return;
        }
        if (servedBy == null) {
            servedBy = new Insider[4];
        } else if (served == servedBy.length) {
            servedBy = Arrays.copyOf(servedBy, 2 * served);
        }
        servedBy[served++] = insider;
    }

    /** Whether the load waits at the export port for a later ship after a warning. */
    boolean movedAtExport() { return movedAtExport; }

    /** Pulled from its ship at the export port: it stays there and is due again on the given day. */
    void moveToLaterShip(long day) {
        if (stage != Stage.TO_ORIGIN) {
            throw new IllegalStateException("shipment " + id + " is not at its export port");
        }
        movedAtExport = true;
        arrivalDay = day;
    }

    void seize(Port port) {
        stage = Stage.SEIZED;
        seizedAt = port;
    }

    void deliver() {
        stage = Stage.DELIVERED;
    }

    /** The port the container's papers show as its origin at the given port. */
    Port apparentOriginPort(Port at) {
        if (method == Method.TRANSSHIPPED && at.role() == PortRole.IMPORT && !at.controls().originTracing()) {
            return route.hub();
        }
        return route.origin();
    }
}
