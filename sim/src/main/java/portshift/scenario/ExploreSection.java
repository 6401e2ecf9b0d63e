package portshift.scenario;

import java.util.Map;

import portshift.model.Doc;

/**
 * What an exploration may vary: each uncertain figure, by its path in the scenario (or by a name, with its paths),
 * with the range it is sampled in and where that range comes from ({@code ./portshift explore}).
 */
public record ExploreSection(
        @Doc(value = "field paths, as in a sweep (e.g. uncertainties.corruptible_share.all or "
                + "world.ports.ANTWERP.latam_share), or names given paths, to the range each is sampled in", required = true)
        @Keys("path or name") Map<String, UncertainRange> uncertainties) {
}
