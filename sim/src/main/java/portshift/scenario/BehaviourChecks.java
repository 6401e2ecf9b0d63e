package portshift.scenario;

import java.util.Collection;

import portshift.model.TraffickerParams;

/**
 * The checks of the behavioural uncertainties that involve more than one field: organisations are
 * given for known producers, and the largest load and loss tolerance are not below the smallest.
 */
final class BehaviourChecks {
    private static final String AT = "uncertainties.traffickers.";
    private final Fields f;

    BehaviourChecks(Fields f) {
        this.f = f;
    }

    void check(Sections.Uncertainties u, Collection<String> producers) {
        TraffickerParams t = u.traffickers();
        if (t == null) {
            return;
        }
        if (t.organisations() != null) {
            for (String p : t.organisations().keySet()) {
                if (!producers.contains(p)) {
                    f.problem(AT + "organisations." + p, "unknown producer '" + p + "'" + Suggest.didYouMean(p, producers));
                }
            }
            producers.forEach(p -> f.required(t.organisations().get(p), AT + "organisations." + p));
        }
        atLeast(t.maxLoadKg(), t.minLoadKg(), "max_load_kg", Double.POSITIVE_INFINITY);
        atLeast(t.lossToleranceMax(), t.lossToleranceMin(), "loss_tolerance_max", 1);
    }

    private void atLeast(Double value, Double lower, String field, double max) {
        if (value != null && lower != null && value < lower) {
            f.problem(AT + field, "expected a number in [" + RecordTypes.fmt(lower) + ", " + RecordTypes.fmt(max)
                    + "], found " + RecordTypes.fmt(value));
        }
    }
}
