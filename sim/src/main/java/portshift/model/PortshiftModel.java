package portshift.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import sim.engine.RandomSequence;
import sim.engine.Schedule;
import sim.engine.Sequence;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The portshift world as a MASON simulation: one step is one day. Everything is built in
 * {@link #start()}, so one JVM can run many replications. Each day: interventions, traffickers
 * (weekly), insider pools, customs, then whatever collectors the caller scheduled.
 */
public class PortshiftModel extends SimState {
    private static final long serialVersionUID = 1L;

    private final ModelConfig config;
    private World world;
    private Ledger ledger;
    private Intelligence intelligence;
    private Alliance alliance;
    private ScreeningRules screening;
    private List<Trafficker> traffickers;
    private List<InsiderPool> pools;
    private List<Customs> customs;
    private List<Port> importPorts;
    private List<PriorityQueue<Shipment>> arrivals;
    private long nextShipmentId;
    private List<AppliedIntervention> applied;
    private long standardRateDay = Long.MIN_VALUE;
    private double standardRate;

    public PortshiftModel(long seed, ModelConfig config) {
        super(seed);
        this.config = config;
    }

    @Override
    public void start() {
        super.start();
        world = config.world().build();
        ledger = new Ledger();
        intelligence = new Intelligence(world.ports().size());
        alliance = config.alliance();
        screening = config.screening();
        nextShipmentId = 0;
        standardRateDay = Long.MIN_VALUE;
        pools = new ArrayList<>();
        customs = new ArrayList<>();
        arrivals = new ArrayList<>();
        importPorts = new ArrayList<>();
        for (Port p : world.ports()) {
            InsiderPool pool = new InsiderPool(p);
            pools.add(pool);
            customs.add(new Customs(p, pool));
            arrivals.add(new PriorityQueue<>(new ByArrival()));
            if (p.role() == PortRole.IMPORT) {
                importPorts.add(p);
            }
        }
        traffickers = new OrganisationFactory(this).create();
        applied = new ArrayList<>();
        for (Intervention i : config.interventions()) {
            schedule.scheduleOnce(i.day(), Phase.INTERVENTIONS.ordering(), new InterventionEvent(i));
        }
        schedule.scheduleRepeating(Schedule.EPOCH, Phase.TRAFFICKERS.ordering(),
                new RandomSequence(traffickers.toArray(new Steppable[0])), 7);
        schedule.scheduleRepeating(Schedule.EPOCH, Phase.INSIDERS.ordering(),
                new Sequence(pools.toArray(new Steppable[0])), 1);
        schedule.scheduleRepeating(Schedule.EPOCH, Phase.CUSTOMS.ordering(),
                new Sequence(customs.toArray(new Steppable[0])), 1);
    }

    /** Orders arrivals by day, then by shipment id, so that runs are reproducible. */
    private static final class ByArrival implements Comparator<Shipment>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public int compare(Shipment a, Shipment b) {
            int c = Long.compare(a.arrivalDay(), b.arrivalDay());
            return c != 0 ? c : Long.compare(a.id(), b.id());
        }
    }

    public ModelConfig config() { return config; }
    public World world() { return world; }
    public Ledger ledger() { return ledger; }
    public Intelligence intelligence() { return intelligence; }
    public Alliance alliance() { return alliance; }
    public ScreeningRules screening() { return screening; }
    public List<Trafficker> traffickers() { return Collections.unmodifiableList(traffickers); }
    public List<Port> importPorts() { return Collections.unmodifiableList(importPorts); }
    public SimCalendar calendar() { return new SimCalendar(config.start()); }

    public InsiderPool insiders(Port port) {
        return pools.get(port.index());
    }

    public Customs customs(Port port) {
        return customs.get(port.index());
    }

    /** The current day: 0 on the start date. */
    public long today() {
        double t = schedule.getTime();
        return t < 0 ? 0 : (long) t;
    }

    /** Kilograms in the organisations' stocks. */
    public double heldKg() {
        double kg = 0;
        for (Trafficker t : traffickers) {
            kg += t.stockKg();
        }
        return kg;
    }

    /** Shipments now moving towards their next port. */
    public List<Shipment> inTransit() {
        List<Shipment> all = new ArrayList<>();
        for (PriorityQueue<Shipment> q : arrivals) {
            all.addAll(q);
        }
        return all;
    }

    // ----- levers: each takes effect from the current day -----

    public void setControls(Port port, PortControls controls) {
        port.setControls(controls);
        standardRateDay = Long.MIN_VALUE;
    }

    public void setAlliance(Alliance alliance) {
        this.alliance = alliance;
        standardRateDay = Long.MIN_VALUE;
    }

    public void setScreening(ScreeningRules rules) {
        this.screening = rules;
    }

    /** Applies an intervention now, and logs it. */
    public void apply(Intervention intervention) {
        int arrested = InterventionEvent.applyTo(this, intervention);
        applied.add(new AppliedIntervention(today(), intervention, arrested));
    }

    /** The interventions applied so far, in order. */
    public List<AppliedIntervention> appliedInterventions() {
        return Collections.unmodifiableList(applied);
    }

    /** A one-off intelligence shock: exposes a share of the insiders at a port. Returns the arrests. */
    public int exposeInsiders(Port port, double share) {
        return insiders(port).exposeShare(share, random);
    }

    // ----- effective controls after alliance harmonization -----

    /** Containers per day the port screens: its own capacity, pulled toward the alliance standard rate. */
    public double effectiveCapacity(Port port) {
        double own = ownCapacity(port);
        double h = alliance.isMember(port) ? alliance.harmonization() : 0;
        return h == 0 ? own : (1 - h) * own + h * standardRate() * port.containersPerDay();
    }

    public double effectiveProfilingSkill(Port port) {
        double own = port.controls().profilingSkill();
        double h = alliance.isMember(port) ? alliance.harmonization() : 0;
        return (1 - h) * own + h * alliance.standardProfilingSkill();
    }

    public double effectiveAntiCorruption(Port port) {
        double own = port.controls().antiCorruption();
        double h = alliance.isMember(port) ? alliance.harmonization() : 0;
        return (1 - h) * own + h * alliance.standardAntiCorruption();
    }

    private static double ownCapacity(Port port) {
        PortControls c = port.controls();
        return Math.min(c.scanCapacityPerDay() + c.physicalCapacityPerDay(), c.maxScreeningShare() * port.containersPerDay());
    }

    /**
     * The alliance standard screening rate: the members' total capacity over their total flow, so
     * that harmonization moves capacity between members without adding any.
     */
    private double standardRate() {
        if (standardRateDay != today()) {
            double capacity = 0;
            double flow = 0;
            for (Port p : world.ports()) {
                if (alliance.isMember(p)) {
                    capacity += ownCapacity(p);
                    flow += p.containersPerDay();
                }
            }
            standardRate = flow > 0 ? capacity / flow : 0;
            standardRateDay = today();
        }
        return standardRate;
    }

    // ----- shipment life cycle -----

    void launch(Trafficker owner, ShipmentOption option, double kg) {
        long today = today();
        Shipment s = new Shipment(nextShipmentId++, owner, option.route(), option.method(), kg, today,
                today + option.link().days());
        ledger.inTransitKg += kg;
        ledger.shipments++;
        option.route().launch(option.method(), kg);
        arrivals.get(option.route().origin().index()).add(s);
    }

    /** The next load due at this port today, or null. */
    Shipment nextArrival(Port port) {
        PriorityQueue<Shipment> q = arrivals.get(port.index());
        Shipment s = q.peek();
        if (s != null && s.arrivalDay() <= today()) {
            return q.poll();
        }
        return null;
    }

    void pass(Shipment s, Port port) {
        s.owner().passed(s, port);
        s.sailOn(today());
        arrivals.get(s.nextPort().index()).add(s);
    }

    void deliver(Shipment s, Port port) {
        s.deliver();
        s.owner().passed(s, port);
        double value = s.kg() * port.wholesalePriceUsdPerKg();
        double extraction = s.method() == Method.RIP_ON_RIP_OFF ? value * config.insiders().extractionShare() : 0;
        s.owner().earn(value - extraction);
        port.counters().bribesUsd += extraction;
        port.counters().deliveredKg += s.kg();
        ledger.inTransitKg -= s.kg();
        ledger.deliveredKg += s.kg();
    }

    void seize(Shipment s, Port port) {
        s.seize(port);
        port.counters().seizedKg += s.kg();
        port.counters().seizures++;
        ledger.inTransitKg -= s.kg();
        if (port.region().isEurope()) {
            ledger.seizedEuropeKg += s.kg();
        } else {
            ledger.seizedUpstreamKg += s.kg();
        }
        s.owner().lost(s, port, this);
        flagOrigin(s, port);
        TraffickerParams params = config.traffickers();
        if (random.nextDouble() < params.newsShare()) {
            for (Trafficker t : traffickers) {
                if (t != s.owner()) {
                    t.heardOf(s, port, params.newsWeight());
                }
            }
        }
    }

    /** A seizure flags the load's origin (true and as papered) here, and at every member if shared. */
    private void flagOrigin(Shipment s, Port port) {
        long until = today() + config.customs().intelligenceDays();
        List<Port> at = new ArrayList<>();
        at.add(port);
        if (alliance.sharedIntelligence() && alliance.isMember(port)) {
            for (Port p : importPorts) {
                if (alliance.isMember(p) && p != port) {
                    at.add(p);
                }
            }
        }
        for (Port p : at) {
            intelligence.flag(p, s.route().origin(), until);
            intelligence.flag(p, s.apparentOriginPort(port), until);
        }
    }
}
