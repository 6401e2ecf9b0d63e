package portshift.model;

import java.io.Serializable;
import java.util.Map;

/** How trafficking organisations decide: uncertain behavioural figures, not policy. */
public record TraffickerParams(
        @Doc(value = "organisations per producer", min = 0, max = Doc.MAX_COUNT, required = true)
        Map<String, Integer> organisations,
        @Doc(value = "capital of each organisation at the start", unit = "USD", min = 0, max = Doc.MAX_USD,
                required = true) Double startCapitalUsd,
        @Doc(value = "logit weight of a 1,000 USD/kg difference in expected profit", unit = "1/(kUSD/kg)", min = 0,
                max = 1000, required = true) Double rationalityPerKusd,
        @Doc(value = "largest load in one container", unit = "kg", min = 1, max = 30_000, required = true) Double maxLoadKg,
        @Doc(value = "smallest load worth shipping", unit = "kg", min = 1, max = 30_000, required = true) Double minLoadKg,
        @Doc(value = "loads one organisation can ship in a week", min = 1, max = Doc.MAX_COUNT, required = true)
        Integer maxLoadsPerWeek,
        @Doc(value = "Beta prior: pseudo-count of seizures per port and method", min = 1e-6, max = 1e6, required = true)
        Double priorSeizures,
        @Doc(value = "Beta prior: pseudo-count of passes per port and method", min = 1e-6, max = 1e6, required = true)
        Double priorPasses,
        @Doc(value = "weekly discount of past outcomes (forgetting)", unit = "share", min = 1e-6, max = 1, required = true)
        Double weeklyMemory,
        @Doc(value = "weight of a seizure in the news relative to an own loss", min = 0, max = 1000, required = true)
        Double newsWeight,
        @Doc(value = "share of seizures reported publicly", unit = "share", min = 0, max = 1, required = true) Double newsShare,
        @Doc(value = "lowest tolerated share of kg lost on a route before it is dropped", unit = "share", min = 0, max = 1,
                required = true) Double lossToleranceMin,
        @Doc(value = "highest tolerated loss share (drawn uniformly per organisation)", unit = "share", min = 0, max = 1,
                required = true) Double lossToleranceMax,
        @Doc(value = "weeks a dropped route stays unused", unit = "weeks", min = 0, max = 5200, required = true)
        Integer dropWeeks,
        @Doc(value = "expected gain over the current best that justifies recruiting at a new port", unit = "USD/kg",
                min = 0, max = Doc.MAX_USD_PER_KG, required = true) Double switchMarginUsdPerKg,
        @Doc(value = "recruitment drives an organisation runs at once", min = 0, max = Doc.MAX_COUNT, required = true)
        Integer maxRecruitmentsUnderway,
        @Doc(value = "weekly chance of adding a guard or officer to a crew", unit = "probability", min = 0, max = 1,
                required = true) Double protectionPerWeek,
        @Doc(value = "concealment of a concealed or transshipped load: the part of its cost that grows with its kg",
                unit = "USD/kg", min = 0, max = Doc.MAX_USD_PER_KG, required = true) Double concealmentUsdPerKg,
        @Doc(value = "front company and cover cargo of one concealed or transshipped load, whatever its kg",
                unit = "USD", min = 0, max = Doc.MAX_USD, required = true) Double coverUsdPerLoad,
        @Doc(value = "re-documenting a container at a hub", unit = "USD/kg", min = 0, max = Doc.MAX_USD_PER_KG,
                required = true) Double transshipmentUsdPerKg,
        @Doc(value = "export ports where an organisation has a loader at the start", min = 0, max = Doc.MAX_COUNT,
                required = true)
        Integer exportContacts,
        @Doc(value = "import ports where an organisation has a loader at the start", min = 0, max = Doc.MAX_COUNT,
                required = true)
        Integer importContacts,
        @Doc(value = "net value of selling a kg outside the European container trade instead (the outside option), "
                + "when the volume sold there is the reference volume",
                unit = "USD/kg", min = 0, max = Doc.MAX_USD_PER_KG, required = true) Double outsideValueUsdPerKg,
        @Doc(value = "volume sold outside the European container trade at which a kg there is worth the outside value",
                unit = "t/year", min = 1e-3, max = 1e6, required = true) Double outsideReferenceTonnesPerYear,
        @Doc(value = "how the outside value falls with the volume recently sold there: value = outside value * "
                + "((recent + reference) / (2 * reference))^-f (0: a fixed value)", min = 0, max = 10,
                required = true) Double outsidePriceFlexibility,
        @Doc(value = "weight of the outside option against Europe in the upper level of the choice (0: none)",
                min = 0, max = 1000, required = true) Double outsideWeight,
        @Doc(value = "how strongly the choice between Europe and elsewhere follows value", unit = "1/(kUSD/kg)",
                min = 0, max = 1000, required = true) Double outsideRationalityPerKusd) implements Serializable {

    /** Organisations drawing on a producer (0 if none are given). */
    public int organisations(String producer) {
        Integer n = organisations.get(producer);
        return n == null ? 0 : n;
    }

    /** Extra cost per kg of a method, beyond the purchase and the land link. */
    double methodCostUsdPerKg(Method m) {
        return switch (m) {
            case RIP_ON_RIP_OFF -> 0;
            case CONCEALED_IN_CARGO -> concealmentUsdPerKg;
            case TRANSSHIPPED -> concealmentUsdPerKg + transshipmentUsdPerKg;
        };
    }

    /**
     * Fixed cost of one load of a method, whatever its kg: front company and cover cargo for a concealed
     * or transshipped load, a security entry at each end for rip-on/rip-off.
     */
    double fixedUsdPerLoad(Method m, InsiderParams fees) {
        return m == Method.RIP_ON_RIP_OFF ? 2 * fees.securityUsdPerEntry() : coverUsdPerLoad;
    }

    /**
     * The upper level of a nested logit: Europe, valued by the inclusive value of its options
     * (best + ln(mean weight) / rationality), against selling elsewhere at the outside market's
     * current value, with its own, lower rationality.
     *
     * @param weights the options' logit weights summed with their size terms as shares of the usable
     *                options' legitimate containers, so that the inclusive value is in USD per kg
     *                whatever unit containers are counted in: at most the best option's value
     */
    double outsideShare(double best, double weights, double outsideUsdPerKg) {
        if (outsideWeight <= 0) {
            return 0;
        }
        double inclusive = best / 1000 + Math.log(weights) / rationalityPerKusd;
        double europe = Math.exp(outsideRationalityPerKusd * (inclusive - outsideUsdPerKg / 1000));
        return outsideWeight / (outsideWeight + europe);
    }
}
