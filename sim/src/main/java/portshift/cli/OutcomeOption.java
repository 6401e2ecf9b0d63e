package portshift.cli;

import java.util.Iterator;
import java.util.List;

import portshift.analysis.Outcome;
import portshift.explore.Robustness;
import portshift.optimize.Objective;
import portshift.scenario.ScenarioException;

/**
 * An option that names an outcome: by its column or one of its aliases, both declared on {@link Outcome}, among the
 * outcomes the command can judge by. Every such option reads the name here, so that all accept the same names and
 * refuse the same way.
 */
final class OutcomeOption {
    private OutcomeOption() {
    }

    /** The outcome named, or a one-line error listing the names the option takes. */
    static Outcome named(String option, String name, List<Outcome> choices) {
        return Outcome.named(name, choices).orElseThrow(() -> new ScenarioException(option + ": expected an outcome "
                + "with a better direction (" + Outcome.listed(choices) + "), found " + Printable.of(name)));
    }

    /** The names {@code optimize --objective} takes, for its help ({@code ${COMPLETION-CANDIDATES}}). */
    static final class Objectives implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return names(Objective.choices());
        }
    }

    /** The names {@code explore --prim} takes, for its help ({@code ${COMPLETION-CANDIDATES}}). */
    static final class Judged implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return names(Robustness.judged());
        }
    }

    private static Iterator<String> names(List<Outcome> choices) {
        return choices.stream().flatMap(o -> o.names().stream()).iterator();
    }
}
