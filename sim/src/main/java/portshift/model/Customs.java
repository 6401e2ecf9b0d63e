package portshift.model;

import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The customs service of one port. Each day it spreads its screening capacity over the day's
 * containers by risk class (legitimate flow as counts per route, not objects), records the screening
 * and the delay it imposes on legitimate trade, then inspects every illicit load that arrives today.
 * Insiders can defeat an inspection: by loading after it, pulling the load before it, warning of it,
 * or waving the container through; at an export port a rip-on team also needs to get its bag into
 * the terminal, and a warned load waits there for a later ship.
 */
public final class Customs implements Steppable {
    private static final long serialVersionUID = 1L;

    /** Risk classes of containers: plain, risk-profiled, intelligence-flagged, both. */
    static final int PLAIN = 0;
    static final int RISK = 1;
    static final int INTEL = 2;
    static final int RISK_INTEL = 3;

    private final Port port;
    private final InsiderPool insiders;
    private final ShippingLine line;
    private final EffectiveControls controls;
    private final CustomsParams params;
    private final InsiderParams fees;
    /** Per method ordinal, the chance a scan or a physical inspection finds a load of the reference size. */
    private final double[] scanDetection;
    private final double[] physicalDetection;
    private final double[] flows = new double[4];
    private final double[] weights = new double[4];
    private final double[] selection = new double[4];
    private final boolean[] full = new boolean[4];
    /** The flows, weights and capacity today's selection was spread for: most days they are yesterday's. */
    private final double[] spreadFlows = new double[4];
    private final double[] spreadWeights = new double[4];
    private double spreadCapacity = Double.NaN;
    /** Derived from the world: built again on the first day after a checkpoint is read. */
    private transient ScreeningFlows routeFlows;
    private double scanShare;
    /** Today's selection lift of a front company's container over its class. */
    private double frontLift;

    public Customs(Port port, InsiderPool insiders, ShippingLine line, EffectiveControls controls, CustomsParams params,
                   InsiderParams fees) {
        this.port = port;
        this.insiders = insiders;
        this.line = line;
        this.controls = controls;
        this.params = params;
        this.fees = fees;
        scanDetection = new double[Method.values().length];
        physicalDetection = new double[scanDetection.length];
        for (Method m : Method.values()) {
            scanDetection[m.ordinal()] = params.scanDetection(m);
            physicalDetection[m.ordinal()] = params.physicalDetection(m);
        }
    }

    public Port port() { return port; }

    /** Today's probability that a container of the given class is screened. */
    public double selectionProbability(int riskClass) {
        return selection[riskClass];
    }

    @Override
    public void step(SimState state) {
        PortshiftModel model = (PortshiftModel) state;
        planScreening(model);
        Shipment s;
        while ((s = line.nextArrival(port)) != null) {
            inspect(s, model);
        }
    }

    /** Sets today's selection probabilities and books the legitimate containers screened. */
    void planScreening(PortshiftModel model) {
        long today = model.today();
        double total = port.containersPerDay();
        if (routeFlows == null) {
            routeFlows = new ScreeningFlows(port, model.world());
        }
        routeFlows.sum(flows, model, today);
        flows[PLAIN] = Math.max(0, total - flows[RISK] - flows[INTEL] - flows[RISK_INTEL]);

        PortControls c = port.controls();
        double skill = controls.profilingSkill(port, today);
        double lift = params.profilingLift(skill);
        frontLift = params.frontCompanyLift(skill);
        if (model.screening().riskCountryFirst() && port.role() == PortRole.IMPORT) {
            lift = 1e9;
        }
        double intelLift = params.intelligenceLift();
        weights[PLAIN] = 1;
        weights[RISK] = lift;
        weights[INTEL] = intelLift;
        weights[RISK_INTEL] = lift * intelLift;
        double capacity = controls.screeningCapacity(port, today);
        if (capacity != spreadCapacity || !java.util.Arrays.equals(flows, spreadFlows)
                || !java.util.Arrays.equals(weights, spreadWeights)) {
            Selection.probabilities(capacity, flows, weights, selection, full);
            spreadCapacity = capacity;
            System.arraycopy(flows, 0, spreadFlows, 0, flows.length);
            System.arraycopy(weights, 0, spreadWeights, 0, weights.length);
        }

        double scan = c.scanCapacityPerDay();
        double physical = c.physicalCapacityPerDay();
        scanShare = scan + physical > 0 ? scan / (scan + physical) : 0;
        double screened = 0;
        for (int k = 0; k < 4; k++) {
            screened += flows[k] * selection[k];
        }
        PortCounters counters = port.counters();
        counters.add(PortMeasure.CONTAINERS_HANDLED, total);
        counters.add(PortMeasure.CONTAINERS_SCREENED, screened);
        counters.add(PortMeasure.LEGIT_DELAY_HOURS, screened
                * (scanShare * params.scanDelayHours() + (1 - scanShare) * params.physicalDelayHours()));
    }

    static int riskClass(boolean risk, boolean intel) {
        return risk ? (intel ? RISK_INTEL : RISK) : (intel ? INTEL : PLAIN);
    }

    /** The risk class customs see for this load here. */
    int classOf(Shipment s, PortshiftModel model) {
        if (port.role() == PortRole.EXPORT) {
            return riskClass(true, model.intelligence().isFlagged(port, s.route().destination(), model.today()));
        }
        boolean risk = model.isRiskPort(s.apparentOriginPort(port));
        boolean intel = model.intelligence().isFlagged(port, s.apparentOriginPort(port), model.today());
        return riskClass(risk, intel);
    }

    void inspect(Shipment s, PortshiftModel model) {
        if (port.role() == PortRole.EXPORT && s.movedAtExport()) {
            // back from waiting for a later ship: only the check before its departure is left
            beforeDeparture(s, model);
            return;
        }
        PortCounters counters = port.counters();
        counters.add(PortMeasure.ATTEMPTED_KG, s.kg());
        counters.add(PortMeasure.SHIPMENTS, 1);
        if (port.role() == PortRole.EXPORT && s.method() == Method.RIP_ON_RIP_OFF) {
            ripOnAtExport(s, model);
            return;
        }
        settle(s, switch (port.role()) {
            case EXPORT, HUB -> screen(s, model);
            case IMPORT -> inspectImport(s, model);
        });
    }

    private void settle(Shipment s, boolean seized) {
        if (seized) {
            line.seize(s, port);
        } else if (port.role() == PortRole.IMPORT) {
            line.deliver(s, port);
        } else {
            line.pass(s, port);
        }
    }

    /**
     * A rip-on/rip-off load at its export port: the team gets the bag into the terminal (a security
     * insider's entry, or unaided past the gate), a loader puts it into a container after the
     * inspection, and customs may check again before departure. A bag found at the gate is seized; a
     * failed or missing loader leaves the container to the ordinary screening.
     */
    private void ripOnAtExport(Shipment s, PortshiftModel model) {
        Insider security = use(s, model, InsiderRole.SECURITY);
        if (security != null) {
            pay(s.owner(), fees.securityUsdPerEntry());
        }
        double entry = security != null ? fees.entrySuccess() : fees.unaidedEntrySuccess();
        if (model.random.nextDouble() >= entry) {
            line.seize(s, port);
            return;
        }
        Insider loader = use(s, model, InsiderRole.LONGSHOREMAN, InsiderRole.TRUCKER);
        if (loader != null) {
            pay(s.owner(), fees.loaderUsdPerKg() * s.kg());
            if (model.random.nextDouble() < fees.loadSuccess()) {
                beforeDeparture(s, model);
                return;
            }
        }
        settle(s, screen(s, model));
    }

    /**
     * Customs may hold a second inspection of a loaded container before it sails: a share of the
     * day's selection probability. A customs contact warns hours ahead: the load is pulled and waits
     * in the port for a later ship, to face the same check again. Without a warning, detection decides.
     */
    private void beforeDeparture(Shipment s, PortshiftModel model) {
        if (model.random.nextDouble() >= params.secondInspectionShare() * selection[classOf(s, model)]) {
            line.pass(s, port);
            return;
        }
        Insider contact = use(s, model, InsiderRole.CUSTOMS_OFFICER);
        if (contact != null) {
            pay(s.owner(), fees.customsUsdPerWarning());
            if (model.random.nextDouble() < fees.exportWarnSuccess()) {
                line.moveToLaterShip(s, port, model.today() + fees.movedDays());
                return;
            }
        }
        settle(s, detected(s, model));
    }

    private boolean inspectImport(Shipment s, PortshiftModel model) {
        MersenneTwisterFast random = model.random;
        if (s.method() != Method.RIP_ON_RIP_OFF) {
            return screen(s, model);
        }
        Insider loader;
        if (random.nextDouble() < selection[classOf(s, model)]) {
            if (waivedThrough(s, model)) {
                return false;
            }
            Insider security = use(s, model, InsiderRole.SECURITY);
            if (security != null) {
                pay(s.owner(), fees.securityUsdPerEntry());
                if (random.nextDouble() < fees.warnSuccess()) {
                    return false;
                }
            }
            loader = use(s, model, InsiderRole.LONGSHOREMAN, InsiderRole.TRUCKER);
            if (loader != null) {
                pay(s.owner(), fees.loaderUsdPerKg() * s.kg());
                if (random.nextDouble() < fees.pullSuccess()) {
                    return false;
                }
            }
            return detected(s, model);
        }
        loader = use(s, model, InsiderRole.LONGSHOREMAN, InsiderRole.TRUCKER);
        if (loader != null) {
            pay(s.owner(), fees.loaderUsdPerKg() * s.kg());
            if (random.nextDouble() < fees.extractSuccess()) {
                return false;
            }
        }
        return random.nextDouble() < params.failedExtractionSeizure();
    }

    /**
     * Risk-based selection, a corrupt officer's waiver, then detection by scan or physical check. A load
     * under a front company's papers is likelier to be selected than the legitimate containers of its
     * class; a rip-on bag rides on a legitimate shipper's container and is not.
     */
    private boolean screen(Shipment s, PortshiftModel model) {
        double selected = selection[classOf(s, model)];
        if (s.method() != Method.RIP_ON_RIP_OFF) {
            selected = Math.min(1, selected * frontLift);
        }
        if (model.random.nextDouble() >= selected) {
            return false;
        }
        return !waivedThrough(s, model) && detected(s, model);
    }

    private boolean waivedThrough(Shipment s, PortshiftModel model) {
        Insider officer = use(s, model, InsiderRole.CUSTOMS_OFFICER);
        if (officer == null) {
            return false;
        }
        pay(s.owner(), fees.customsUsdPerWaiver());
        return model.random.nextDouble() < fees.waiveSuccess();
    }

    private boolean detected(Shipment s, PortshiftModel model) {
        port.counters().add(PortMeasure.CONTAINERS_SCREENED, 1);
        boolean scanned = model.random.nextDouble() < scanShare;
        int m = s.method().ordinal();
        double p = params.detection(scanned ? scanDetection[m] : physicalDetection[m], s.kg());
        return model.random.nextDouble() < p;
    }

    /** An insider of the load's organisation in one of the roles serves it (recorded on the load), or null. */
    private Insider use(Shipment s, PortshiftModel model, InsiderRole... roles) {
        Insider insider = insiders.use(s.owner(), model, roles);
        if (insider != null) {
            s.recordService(insider);
        }
        return insider;
    }

    private void pay(Trafficker owner, double usd) {
        owner.spend(usd);
        port.counters().add(PortMeasure.BRIBES_USD, usd);
    }
}
