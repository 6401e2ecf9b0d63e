package portshift.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The life of every load from launch to its end: the queues of loads due at each port, and what
 * happens when customs let one pass, seize it or see it delivered. It keeps the kilogram accounts
 * ({@link Ledger}), pays the organisations, flags a seized load's origin for customs (at every
 * alliance member when intelligence is shared), spreads seizures in the news and has investigators
 * follow a seized load's leads ({@link Investigation}).
 */
public final class ShippingLine implements Serializable {
    private static final long serialVersionUID = 1L;

    private final PortshiftModel model;
    private final Ledger ledger = new Ledger();
    private final Intelligence intelligence;
    private final List<ArrivalQueue> arrivals = new ArrayList<>();
    private final Investigation investigation;
    private final double extractionShare;
    private final int intelligenceDays;
    private final double newsShare;
    private final double newsWeight;
    private long nextShipmentId;

    ShippingLine(PortshiftModel model) {
        this.model = model;
        ModelConfig c = model.config();
        this.intelligence = new Intelligence(model.world().ports().size());
        this.extractionShare = c.insiders().extractionShare();
        this.intelligenceDays = c.customs().intelligenceDays();
        this.newsShare = c.traffickers().newsShare();
        this.newsWeight = c.traffickers().newsWeight();
        this.investigation = new Investigation(c.insiders());
        for (int i = 0; i < model.world().ports().size(); i++) {
            arrivals.add(new ArrivalQueue());
        }
    }

    public Ledger ledger() { return ledger; }
    public Intelligence intelligence() { return intelligence; }

    /** Shipments now moving towards their next port. */
    public List<Shipment> inTransit() {
        List<Shipment> all = new ArrayList<>();
        for (ArrivalQueue q : arrivals) {
            q.addAllTo(all);
        }
        return all;
    }

    void launch(Trafficker owner, ShipmentOption option, double kg) {
        long today = model.today();
        Shipment s = new Shipment(nextShipmentId++, owner, option.route(), option.method(), kg, today,
                today + option.link().days());
        ledger.add(RunAccount.IN_TRANSIT_KG, kg);
        ledger.add(RunAccount.SHIPMENTS, 1);
        option.route().launch(option.method(), kg);
        arrivals.get(option.route().origin().index()).add(s);
    }

    /** The next load due at this port today, or null. */
    Shipment nextArrival(Port port) {
        return arrivals.get(port.index()).pollDue(model.today());
    }

    void pass(Shipment s, Port port) {
        s.owner().passed(s, port);
        s.sailOn(model.today());
        arrivals.get(s.nextPort().index()).add(s);
    }

    /** Pulls a load from its ship at the export port: it waits there, still in transit, until the day given. */
    void moveToLaterShip(Shipment s, Port port, long day) {
        s.moveToLaterShip(day);
        arrivals.get(port.index()).add(s);
    }

    void deliver(Shipment s, Port port) {
        s.deliver();
        s.owner().passed(s, port);
        double value = s.kg() * port.wholesalePriceUsdPerKg();
        double extraction = s.method() == Method.RIP_ON_RIP_OFF ? value * extractionShare : 0;
        s.owner().earn(value - extraction);
        port.counters().add(PortMeasure.BRIBES_USD, extraction);
        port.counters().add(PortMeasure.DELIVERED_KG, s.kg());
        ledger.add(RunAccount.IN_TRANSIT_KG, -s.kg());
        ledger.add(RunAccount.DELIVERED_KG, s.kg());
    }

    void seize(Shipment s, Port port) {
        s.route().origin().counters().add(PortMeasure.SEIZED_LATER_KG, port != s.route().origin() ? s.kg() : 0);
        s.seize(port);
        port.counters().add(PortMeasure.SEIZED_KG, s.kg());
        port.counters().add(PortMeasure.SEIZURES, 1);
        ledger.add(RunAccount.IN_TRANSIT_KG, -s.kg());
        if (port.region().isEurope()) {
            ledger.add(RunAccount.SEIZED_EUROPE_KG, s.kg());
        } else {
            ledger.add(RunAccount.SEIZED_UPSTREAM_KG, s.kg());
        }
        s.owner().lost(s, port, model.today());
        flagOrigin(s, port);
        if (model.random.nextDouble() < newsShare) {
            for (Trafficker t : model.traffickers()) {
                if (t != s.owner()) {
                    t.heardOf(s, port, newsWeight);
                }
            }
        }
        investigation.follow(s, port, model);
    }

    /**
     * A seizure flags the load's origin (true and as papered) here, and at every member if shared; at a member, it
     * also flags, at the load's export port if the alliance exchanges intelligence with it, the containers bound for
     * the ports that flagged the origin.
     */
    private void flagOrigin(Shipment s, Port port) {
        long until = model.today() + intelligenceDays;
        EffectiveControls controls = model.controls();
        List<Port> at = new ArrayList<>();
        at.add(port);
        if (controls.alliance().sharedIntelligence() && controls.isMember(port)) {
            for (Port p : model.importPorts()) {
                if (controls.isMember(p) && p != port) {
                    at.add(p);
                }
            }
        }
        for (Port p : at) {
            intelligence.flag(p, s.route().origin(), until);
            intelligence.flag(p, s.apparentOriginPort(port), until);
        }
        // the exchange with Latin America: the load's export port flags its containers bound for the same ports
        Port origin = s.route().origin();
        if (controls.isMember(port) && controls.alliance().intelligenceExchange().contains(origin.id())) {
            for (Port p : at) {
                intelligence.flag(origin, p, until);
            }
        }
    }
}
