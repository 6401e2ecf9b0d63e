package portshift.model;

import java.util.List;

import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A trafficking organisation. Each week it receives its share of its producer's supply, forgets a
 * little of what it knew, and plans: it values every (origin, hub, destination, method) it can use
 * by expected profit per kg under its believed risks, sets the size of its loads where expected
 * profit per kg is highest for its choice mix (a larger load is found more easily, a smaller one
 * bears its fixed cost over fewer kg), and sends each load on an option drawn by a logit choice, in
 * which selling outside the European container trade is an option too (so that pressure can deter).
 * It recruits insiders where a rip-on/rip-off route would pay better than what it has, and drops
 * routes whose losses pass its tolerance.
 */
public final class Trafficker implements Steppable {
    private static final long serialVersionUID = 1L;

    private final int id;
    private final Producer producer;
    private final double supplyShare;
    private final double lossTolerance;
    private final RiskBeliefs beliefs;
    private final TraffickerParams params;
    private final InsiderParams fees;
    private final ShippingLine line;
    private final OptionCatalog catalog;
    private final WeeklyValuation week;
    private final Footholds footholds;
    /** Per port index, whether it has a loader there: a week's valuation asks for every option. */
    private final boolean[] loaderAt;
    private final double[] shippedKg;
    private final double[] lostKg;
    private final long[] droppedUntil;
    private double capitalUsd;
    private double stockKg;
    private double loadKg;
    private double lastRiskBelief;

    /**
     * @param catalog       its producer's options
     * @param supplyShare   its share of the producer's supply
     * @param lossTolerance share of kg lost on a route before it drops the route
     * @param week          the buffers of a week's valuation, shared with the run's other organisations
     */
    Trafficker(int id, OptionCatalog catalog, double supplyShare, double lossTolerance, WeeklyValuation week,
               ShippingLine line, TraffickerParams params, InsiderParams fees, CustomsParams customs,
               FootholdParams footholdParams) {
        this.id = id;
        this.params = params;
        this.fees = fees;
        this.line = line;
        this.catalog = catalog;
        this.week = week;
        this.producer = catalog.producer();
        this.supplyShare = supplyShare;
        this.lossTolerance = lossTolerance;
        this.capitalUsd = params.startCapitalUsd();
        int ports = catalog.ports();
        this.beliefs = new RiskBeliefs(ports, params.priorSeizures(), params.priorPasses());
        footholds = new Footholds(footholdParams, ports);
        // until its first choice, an organisation plans for loads of the reference size
        loadKg = Math.min(params.maxLoadKg(), Math.max(params.minLoadKg(), customs.referenceLoadKg()));
        loaderAt = new boolean[ports];
        int routes = catalog.routes();
        shippedKg = new double[routes];
        lostKg = new double[routes];
        droppedUntil = new long[routes];
    }

    public int id() { return id; }
    public String name() { return producer.id() + "-" + id; }
    public Producer producer() { return producer; }
    public double capitalUsd() { return capitalUsd; }
    public double stockKg() { return stockKg; }
    public double lossTolerance() { return lossTolerance; }
    public RiskBeliefs beliefs() { return beliefs; }
    /** Where it is established in Europe. */
    public Footholds footholds() { return footholds; }
    /** Size of the loads chosen last week, kg (before the first choice, the reference load within the bounds). */
    public double lastLoadKg() { return loadKg; }
    /** Expected loss share of last week's choice mix, as the organisation believed it. */
    public double lastRiskBelief() { return lastRiskBelief; }
    public List<ShipmentOption> options() { return catalog.options(); }

    /** Kilograms recently sent on a route (discounted weekly like its beliefs). */
    public double recentKg(Route route) {
        return shippedKg[route.index()];
    }

    public boolean isDropped(Route route, long today) {
        return droppedUntil[route.index()] > today;
    }

    @Override
    public void step(SimState state) {
        PortshiftModel model = (PortshiftModel) state;
        double supply = producer.supplyKgPerYear() * supplyShare * 7 / 365.0;
        stockKg += supply;
        line.ledger().add(RunAccount.SUPPLIED_KG, supply);
        double memory = params.weeklyMemory();
        beliefs.forget(memory);
        for (int r = 0; r < shippedKg.length; r++) {
            shippedKg[r] *= memory;
            lostKg[r] *= memory;
        }
        valueOptions(model);
        if (week.best() > 0 || params.outsideWeight() > 0) {
            ship(model, week.best());
        }
        footholds.endWeek();
        recruit(model);
    }

    /** This week's valuation, into the run's shared buffers. */
    private void valueOptions(PortshiftModel model) {
        for (Port p : model.world().ports()) {
            loaderAt[p.index()] = model.insiders(p).hasLoader(this);
        }
        week.value(catalog, beliefs, loaderAt, droppedUntil, model.today(), loadKg, footholds.landingUsdPerKg());
    }

    /**
     * Chooses the load size for the week's choice mix, splits the stock into loads and sends each on
     * an option drawn by a logit choice over expected profit, with the route's legitimate container
     * flow as a size term: a load needs a legitimate container to travel in, and busy lanes offer
     * more of them (destination choice with size variables, Ben-Akiva and Lerman 1985).
     */
    private void ship(PortshiftModel model, double best) {
        MersenneTwisterFast random = model.random;
        double[] profits = week.profit;
        double[] legit = week.legit;
        double[] success = week.success;
        double[] weight = week.weight;
        double[] cumulative = week.cumulative;
        int usable = week.usableCount();
        double rationality = params.rationalityPerKusd();
        double sum = 0;
        double size = 0;
        double risk = 0;
        // the exponentials first, on their own: the fewer values live across them, the less is saved and restored
        for (int k = 0; k < usable; k++) {
            weight[k] = legit[k] * Math.exp(rationality * (profits[k] - best) / 1000);
        }
        for (int k = 0; k < usable; k++) {
            double w = weight[k];
            sum += w;
            size += legit[k];
            risk += w * (1 - success[k]);
            cumulative[k] = sum;
        }
        LoadSizing sizing = week.sizing;
        sizing.mix(weight, week.revenue, week.logSuccess, week.fixed, usable);
        if (sum <= 0) {
            return;
        }
        lastRiskBelief = risk / sum;
        OutsideMarket market = model.outsideMarket();
        double outside = params.outsideShare(best, sum / size, market.valueUsdPerKg());
        loadKg = sizing.choose(params.minLoadKg(), params.maxLoadKg());
        for (int n = 0; n < params.maxLoadsPerWeek() && stockKg >= params.minLoadKg(); n++) {
            double kg = Math.min(loadKg, stockKg);
            stockKg -= kg;
            if (outside > 0 && random.nextDouble() < outside) {
                divert(market, kg);
                continue;
            }
            int i = week.usable[pick(cumulative, usable, random.nextDouble() * sum)];
            ShipmentOption o = catalog.option(i);
            Port destination = o.route().destination();
            spend(kg * (catalog.spentPerKg(i) + footholds.landingUsdPerKg()[destination.index()]) + catalog.fixed(i));
            footholds.use(destination);
            shippedKg[o.route().index()] += kg;
            line.launch(this, o, kg);
        }
    }

    /** Sells a load outside the European container trade: the outside option of the choice. */
    private void divert(OutsideMarket market, double kg) {
        earn(market.sell(kg) - kg * producer.priceUsdPerKg());
        line.ledger().add(RunAccount.DIVERTED_KG, kg);
    }

    /** The first of the first n cumulative weights above the target. */
    private static int pick(double[] cumulative, int n, double target) {
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > target) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /**
     * Recruits loaders where the best rip-on/rip-off route it lacks a crew for would beat its current
     * best by the switching margin, and now and then a security guard or customs officer at an export
     * or import port where it already has a crew.
     */
    private void recruit(PortshiftModel model) {
        int underway = 0;
        for (Port p : model.world().ports()) {
            if (model.insiders(p).isRecruiting(this)) {
                underway++;
            }
        }
        // the richest option lacking a crew is the one a scan for the best above the margin would find
        int richest = week.richestLackingCrew();
        double targetValue = Math.max(week.best(), 0) + params.switchMarginUsdPerKg();
        if (richest >= 0 && week.richestProfit() > targetValue) {
            ShipmentOption target = catalog.option(richest);
            for (Port p : new Port[] {target.route().origin(), target.route().destination()}) {
                InsiderPool pool = model.insiders(p);
                if (underway < params.maxRecruitmentsUnderway() && !pool.hasLoader(this) && !pool.isRecruiting(this)
                        && capitalUsd >= fees.signingUsd(InsiderRole.LONGSHOREMAN)) {
                    pool.startRecruitment(this, InsiderRole.LONGSHOREMAN, model);
                    underway++;
                }
            }
        }
        // protection where it has a crew, at either end of its routes (hubs need none)
        for (Port p : model.world().ports()) {
            if (p.role() == PortRole.HUB) {
                continue;
            }
            InsiderPool pool = model.insiders(p);
            if (underway < params.maxRecruitmentsUnderway() && pool.hasLoader(this) && !pool.isRecruiting(this)
                    && model.random.nextDouble() < params.protectionPerWeek()) {
                InsiderRole role = pool.count(this, InsiderRole.SECURITY) == 0 ? InsiderRole.SECURITY
                        : pool.count(this, InsiderRole.CUSTOMS_OFFICER) == 0 ? InsiderRole.CUSTOMS_OFFICER
                        : InsiderRole.LONGSHOREMAN;
                if (capitalUsd >= fees.signingUsd(role)) {
                    pool.startRecruitment(this, role, model);
                    underway++;
                }
            }
        }
    }

    /** Learns from a load that passed an inspection at a port. */
    void passed(Shipment s, Port port) {
        beliefs.observePass(port, s.method(), 1);
    }

    /** Learns from its own loss, and drops the route if its losses there pass its tolerance. */
    void lost(Shipment s, Port port, long today) {
        beliefs.observeSeizure(port, s.method(), 1);
        int r = s.route().index();
        lostKg[r] += s.kg();
        if (shippedKg[r] > 2 * params.minLoadKg() && lostKg[r] > lossTolerance * shippedKg[r]) {
            droppedUntil[r] = today + 7L * params.dropWeeks();
        }
    }

    /** Learns from a seizure in the news. */
    void heardOf(Shipment s, Port port, double weight) {
        beliefs.observeSeizure(port, s.method(), weight);
    }

    void earn(double usd) {
        capitalUsd += usd;
    }

    void spend(double usd) {
        capitalUsd -= usd;
    }

    @Override
    public String toString() {
        return name();
    }
}
