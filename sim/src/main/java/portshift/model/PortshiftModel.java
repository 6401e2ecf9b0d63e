package portshift.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import sim.engine.RandomSequence;
import sim.engine.Schedule;
import sim.engine.Sequence;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The portshift world as a MASON simulation: one step is one day. Everything is built in
 * {@link #start()}, so one JVM can run many replications. Each day: interventions, traffickers
 * (weekly, followed by the outside market taking in what they sold elsewhere), insider pools,
 * customs, then whatever collectors the caller scheduled. The model builds and schedules; loads
 * travel on the {@link ShippingLine}, and {@link EffectiveControls} gives each port's controls after
 * alliance harmonization.
 */
public class PortshiftModel extends SimState {
    private static final long serialVersionUID = 1L;

    private final ModelConfig config;
    private World world;
    private ShippingLine line;
    private EffectiveControls controls;
    private ScreeningRules screening;
    private Set<String> riskCountries;
    /** Per port index, whether its country is a risk country: customs ask for every route, every day. */
    private transient boolean[] riskPorts;
    private List<Trafficker> traffickers;
    private OutsideMarket outside;
    private List<InsiderPool> pools;
    private List<Customs> customs;
    private List<Port> importPorts;
    private List<AppliedIntervention> applied;

    public PortshiftModel(long seed, ModelConfig config) {
        super(seed, new Clock());
        this.config = config;
    }

    @Override
    public void start() {
        super.start();
        world = config.world().build();
        controls = new EffectiveControls(world.ports(), config.alliance());
        setScreening(config.screening());
        line = new ShippingLine(this);
        pools = new ArrayList<>();
        customs = new ArrayList<>();
        importPorts = new ArrayList<>();
        for (Port p : world.ports()) {
            InsiderPool pool = new InsiderPool(p, controls, config.insiders());
            pools.add(pool);
            customs.add(new Customs(p, pool, line, controls, config.customs(), config.insiders()));
            if (p.role() == PortRole.IMPORT) {
                importPorts.add(p);
            }
        }
        traffickers = new OrganisationFactory(this).create();
        outside = new OutsideMarket(config.traffickers());
        applied = new ArrayList<>();
        for (Intervention i : config.interventions()) {
            schedule.scheduleOnce(config.dayOf(i), Phase.INTERVENTIONS.ordering(), new InterventionEvent(i));
        }
        // the outside market takes in the week's sales after every organisation has planned
        schedule.scheduleRepeating(Schedule.EPOCH, Phase.TRAFFICKERS.ordering(), new Sequence(new Steppable[] {
                new RandomSequence(traffickers.toArray(new Steppable[0])), outside}), 7);
        schedule.scheduleRepeating(Schedule.EPOCH, Phase.INSIDERS.ordering(),
                new Sequence(pools.toArray(new Steppable[0])), 1);
        schedule.scheduleRepeating(Schedule.EPOCH, Phase.CUSTOMS.ordering(),
                new Sequence(customs.toArray(new Steppable[0])), 1);
    }

    public ModelConfig config() { return config; }
    public World world() { return world; }
    public ShippingLine line() { return line; }
    public Ledger ledger() { return line.ledger(); }
    public Intelligence intelligence() { return line.intelligence(); }
    /** The alliance policy in force (null before the run starts). */
    public Alliance alliance() { return controls == null ? null : controls.alliance(); }
    /** Each port's controls after alliance harmonization. */
    public EffectiveControls controls() { return controls; }
    public ScreeningRules screening() { return screening; }
    public List<Trafficker> traffickers() { return Collections.unmodifiableList(traffickers); }
    /** Where cocaine not sent into the European container trade is sold. */
    public OutsideMarket outsideMarket() { return outside; }
    public List<Port> importPorts() { return Collections.unmodifiableList(importPorts); }
    public SimCalendar calendar() { return new SimCalendar(config.start()); }

    public InsiderPool insiders(Port port) {
        return pools.get(port.index());
    }

    public Customs customs(Port port) {
        return customs.get(port.index());
    }

    /** The current day: 0 on the start date (read without the schedule's lock: a display may see the day before). */
    public long today() {
        double t = ((Clock) schedule).now();
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
        return line.inTransit();
    }

    /** Whether containers from this country are risk-profiled at import ports today. */
    public boolean isRiskCountry(String country) {
        return riskCountries.contains(country);
    }

    /** Whether containers from this port's country are risk-profiled at import ports today. */
    public boolean isRiskPort(Port port) {
        return isRiskPort(port.index());
    }

    /** The same by port index. */
    boolean isRiskPort(int port) {
        if (riskPorts == null) {
            // not kept in checkpoints: derived again from the rules in force
            riskPorts = new boolean[world.ports().size()];
            for (Port p : world.ports()) {
                riskPorts[p.index()] = riskCountries.contains(p.country());
            }
        }
        return riskPorts[port];
    }

    void setScreening(ScreeningRules rules) {
        this.screening = rules;
        this.riskCountries = new HashSet<>(rules.riskCountries());
        this.riskPorts = null;
    }

    /** Applies an intervention now (from the schedule or a live control), and logs it. */
    public void apply(Intervention intervention) {
        int arrested = InterventionEvent.applyTo(this, intervention);
        controls.changed();
        applied.add(new AppliedIntervention(today(), intervention, arrested));
    }

    /** The interventions applied so far, in order. */
    public List<AppliedIntervention> appliedInterventions() {
        return Collections.unmodifiableList(applied);
    }
}
