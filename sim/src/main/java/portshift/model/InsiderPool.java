package portshift.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The corrupt workers of one port. Each day it concludes the recruitment drives that are due (a
 * worker accepts when the offer beats an honesty threshold raised by the risk of being caught) and
 * lets the port's anti-corruption work expose insiders, who are then arrested and leave the pool.
 * Organisations compete for the same limited set of open workers.
 */
public final class InsiderPool implements Steppable {
    private static final long serialVersionUID = 1L;

    private final Port port;
    private final EffectiveControls controls;
    private final InsiderParams params;
    /** Per role ordinal, the chance a service exposes the insider at anti-corruption intensity 1. */
    private final double[] exposurePerService;
    /** Per role ordinal, the signing payment and the median ask: read for every offer a worker weighs. */
    private final double[] signingUsd;
    private final double[] medianAskUsd;
    private final List<Insider> active = new ArrayList<>();
    /** Per organisation id, its insiders here who can load or extract a bag: asked for every option, every week. */
    private int[] loaders = new int[0];
    private final List<Recruitment> pending = new ArrayList<>();
    /** Per organisation id, its drives pending here: asked for every port, every week. */
    private int[] recruiting = new int[0];

    /** A recruitment drive by an organisation for one role, concluding on a given day. */
    private record Recruitment(Trafficker employer, InsiderRole role, long dueDay) implements java.io.Serializable {
    }

    public InsiderPool(Port port, EffectiveControls controls, InsiderParams params) {
        this.port = port;
        this.controls = controls;
        this.params = params;
        InsiderRole[] roles = InsiderRole.values();
        exposurePerService = new double[roles.length];
        signingUsd = new double[roles.length];
        medianAskUsd = new double[roles.length];
        for (InsiderRole r : roles) {
            exposurePerService[r.ordinal()] = params.exposurePerService(r);
            signingUsd[r.ordinal()] = params.signingUsd(r);
            medianAskUsd[r.ordinal()] = params.medianAskUsd(r);
        }
    }

    public Port port() { return port; }

    public List<Insider> active() {
        return Collections.unmodifiableList(active);
    }

    /** Workers of a role open to a bribe at all: the most insiders of that role the port can have. */
    public int openWorkers(InsiderRole role) {
        double workforce = role == InsiderRole.CUSTOMS_OFFICER ? port.controls().officers()
                : port.teuMillionsPerYear() * params.workersPerMillionTeu(role);
        return (int) Math.floor(workforce * port.corruptibleShare());
    }

    public int count(Trafficker employer, InsiderRole role) {
        int n = 0;
        for (Insider i : active) {
            if (i.employer() == employer && i.role() == role) {
                n++;
            }
        }
        return n;
    }

    /** Whether the organisation has someone here who can load or extract a bag. */
    public boolean hasLoader(Trafficker employer) {
        return employer.id() < loaders.length && loaders[employer.id()] > 0;
    }

    public boolean isRecruiting(Trafficker employer) {
        return employer.id() < recruiting.length && recruiting[employer.id()] > 0;
    }

    /** Distinct organisations with insiders here: more than one marks a contested port. */
    public int employers() {
        return (int) active.stream().map(Insider::employer).distinct().count();
    }

    /** Starts a recruitment drive; the signing payment is spent now, whatever the outcome. */
    public void startRecruitment(Trafficker employer, InsiderRole role, PortshiftModel model) {
        double fee = params.signingUsd(role);
        employer.spend(fee);
        port.counters().add(PortMeasure.BRIBES_USD, fee);
        pending.add(new Recruitment(employer, role, model.today() + params.recruitmentDays()));
        recruiting = count(recruiting, employer.id(), 1);
    }

    /** Adds an insider directly, as a contact the organisation already has at the start. */
    public void addContact(Trafficker employer, InsiderRole role, long day) {
        hire(new Insider(role, employer, day));
    }

    /**
     * Finds an insider of the employer in one of the roles. Using them risks exposure: an exposed
     * insider is arrested. Returns the insider, or null if the employer has none here.
     */
    public Insider use(Trafficker employer, PortshiftModel model, InsiderRole... roles) {
        for (Insider i : active) {
            if (i.employer() != employer) {
                continue;
            }
            for (InsiderRole r : roles) {
                if (i.role() == r) {
                    i.served();
                    double exposure = controls.antiCorruption(port, model.today()) * exposurePerService[r.ordinal()];
                    if (model.random.nextDouble() < exposure) {
                        arrest(i);
                    }
                    return i;
                }
            }
        }
        return null;
    }

    @Override
    public void step(SimState state) {
        PortshiftModel model = (PortshiftModel) state;
        MersenneTwisterFast random = model.random;
        long today = model.today();
        for (int k = 0; k < pending.size(); k++) {
            Recruitment r = pending.get(k);
            if (r.dueDay() <= today) {
                pending.remove(k--);
                recruiting = count(recruiting, r.employer().id(), -1);
                if (accepts(r.role(), model) && roleCount(r.role()) < openWorkers(r.role())) {
                    hire(new Insider(r.role(), r.employer(), today));
                    port.counters().add(PortMeasure.INSIDERS_RECRUITED, 1);
                }
            }
        }
        double hazard = controls.antiCorruption(port, today) * params.exposurePerDay();
        for (int k = 0; k < active.size(); k++) {
            if (random.nextDouble() < hazard) {
                arrest(active.get(k--));
            }
        }
    }

    /** Exposes a share of the insiders at once, as a decrypted phone network does. */
    public int exposeShare(double share, MersenneTwisterFast random) {
        int arrested = 0;
        for (int k = 0; k < active.size(); k++) {
            if (random.nextDouble() < share) {
                arrest(active.get(k--));
                arrested++;
            }
        }
        return arrested;
    }

    /**
     * A candidate asks a log-normal honesty threshold (median by role), raised by the risk of being
     * caught; the signing payment must beat it.
     */
    private boolean accepts(InsiderRole role, PortshiftModel model) {
        double ask = medianAskUsd[role.ordinal()] * Math.exp(params.askSpread() * model.random.nextGaussian());
        ask *= 1 + params.riskAversion() * controls.antiCorruption(port, model.today());
        return signingUsd[role.ordinal()] >= ask;
    }

    /** Insiders of a role here, whoever employs them. */
    public int roleCount(InsiderRole role) {
        int n = 0;
        for (Insider i : active) {
            if (i.role() == role) {
                n++;
            }
        }
        return n;
    }

    private void hire(Insider insider) {
        active.add(insider);
        countLoader(insider, 1);
    }

    private void countLoader(Insider insider, int change) {
        if (insider.role().handlesLoads()) {
            loaders = count(loaders, insider.employer().id(), change);
        }
    }

    /** Counts per organisation id, grown to hold the id, with the change applied to it. */
    private static int[] count(int[] counts, int id, int change) {
        int[] grown = id < counts.length ? counts : java.util.Arrays.copyOf(counts, id + 1);
        grown[id] += change;
        return grown;
    }

    /**
     * Investigators follow the leads of a load seized here: each insider of its organisation here
     * is arrested with the lead chance if they served the load, with the spread chance otherwise.
     */
    void investigate(Shipment seized, double lead, double spread, MersenneTwisterFast random) {
        Trafficker employer = seized.owner();
        for (int k = 0; k < active.size(); k++) {
            Insider i = active.get(k);
            if (i.employer() == employer && random.nextDouble() < (seized.servedBy(i) ? lead : spread)) {
                arrest(i);
                k--;
            }
        }
    }

    private void arrest(Insider insider) {
        active.remove(insider);
        countLoader(insider, -1);
        port.counters().add(PortMeasure.INSIDERS_ARRESTED, 1);
    }
}
