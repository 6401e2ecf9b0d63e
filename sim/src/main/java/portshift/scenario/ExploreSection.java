package portshift.scenario;

import java.util.List;
import java.util.Map;

import portshift.model.Doc;

/**
 * What an exploration may vary: each uncertain figure, by its path in the scenario, with the range it is sampled in
 * and where that range comes from ({@code ./portshift explore}).
 */
public record ExploreSection(
        @Doc(value = "field paths, as in a sweep (e.g. uncertainties.corruptible_share.all or "
                + "world.ports.ANTWERP.latam_share), to the range each is sampled in", required = true)
        Map<String, Range> uncertainties) {

    /** The range of one uncertainty, in the unit of the field it sets. */
    public record Range(
            @Doc(value = "the lowest and the highest value sampled, in the field's own unit (each end is also checked "
                    + "against the field's own range)", min = -1e9, max = 1e9, required = true)
            List<Double> range,
            @Doc(value = "where the range comes from, or 'assumption'", required = true, maxLength = 500)
            String source,
            @Doc(value = "how values spread over the range: linear (evenly, the default) or log (evenly in the "
                    + "logarithm, for a range over an order of magnitude or more; both ends above 0)", maxLength = 10)
            String scale) {
    }
}
