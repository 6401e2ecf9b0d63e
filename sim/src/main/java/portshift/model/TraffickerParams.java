package portshift.model;

import java.io.Serializable;

/**
 * How trafficking organisations decide: uncertain behavioural figures, not policy.
 *
 * @param organisationsPerProducer  organisations drawing on each producer, in producer order
 * @param startCapitalUsd           capital of each organisation at the start
 * @param rationalityPerKusd        logit rationality: weight of a 1,000 USD/kg difference in expected profit
 * @param maxLoadKg                 largest load put in one container
 * @param minLoadKg                 smallest load worth shipping
 * @param splitSensitivity          how fast loads shrink as believed risk rises: size = max * exp(-s * risk)
 * @param maxLoadsPerWeek           loads one organisation can ship in a week
 * @param priorSeizures             Beta prior: pseudo-count of seizures per port and method
 * @param priorPasses               Beta prior: pseudo-count of passes per port and method
 * @param weeklyMemory              weekly discount of past outcomes (forgetting), in (0, 1]
 * @param newsWeight                weight of a seizure in the news relative to an own loss
 * @param newsShare                 share of seizures reported publicly
 * @param lossToleranceMin          lowest tolerated share of kg lost on a route before it is dropped
 * @param lossToleranceMax          highest, drawn uniformly per organisation
 * @param dropWeeks                 weeks a dropped route stays unused
 * @param switchMarginUsdPerKg      expected gain over the current best that justifies recruiting at a new port
 * @param maxRecruitmentsUnderway   recruitment drives an organisation runs at once
 * @param protectionPerWeek         weekly chance of recruiting a guard or officer at a port where it has a crew
 * @param concealmentUsdPerKg       front company and cover cargo cost for a concealed load
 * @param transshipmentUsdPerKg     cost of re-documenting a container at a hub
 * @param exportContacts            export ports where an organisation has a loader at the start
 * @param importContacts            import ports where an organisation has a loader at the start
 * @param outsideValueUsdPerKg      net value of selling a kg outside the European container trade instead
 * @param outsideWeight             weight of the outside option against Europe in the upper level of the choice
 * @param outsideRationalityPerKusd how strongly the choice between Europe and elsewhere follows value, per 1,000 USD/kg
 */
public record TraffickerParams(int[] organisationsPerProducer, double startCapitalUsd, double rationalityPerKusd,
                               double maxLoadKg, double minLoadKg, double splitSensitivity, int maxLoadsPerWeek,
                               double priorSeizures, double priorPasses, double weeklyMemory,
                               double newsWeight, double newsShare,
                               double lossToleranceMin, double lossToleranceMax, int dropWeeks,
                               double switchMarginUsdPerKg, int maxRecruitmentsUnderway,
                               double protectionPerWeek,
                               double concealmentUsdPerKg, double transshipmentUsdPerKg,
                               int exportContacts, int importContacts, double outsideValueUsdPerKg,
                               double outsideWeight, double outsideRationalityPerKusd) implements Serializable {
    public TraffickerParams {
        for (int n : organisationsPerProducer) {
            PortControls.require(n >= 0, "organisations per producer must be >= 0");
        }
        PortControls.require(rationalityPerKusd >= 0, "rationality must be >= 0");
        PortControls.require(minLoadKg > 0 && maxLoadKg >= minLoadKg, "need 0 < minLoadKg <= maxLoadKg");
        PortControls.require(maxLoadsPerWeek >= 1, "maxLoadsPerWeek must be >= 1");
        PortControls.require(priorSeizures > 0 && priorPasses > 0, "Beta prior counts must be > 0");
        PortControls.require(weeklyMemory > 0 && weeklyMemory <= 1, "weeklyMemory must be in (0, 1]");
        PortControls.require(newsWeight >= 0 && PortControls.unit(newsShare), "news weight >= 0, share in [0, 1]");
        PortControls.require(lossToleranceMin >= 0 && lossToleranceMax >= lossToleranceMin && lossToleranceMax <= 1,
                "need 0 <= lossToleranceMin <= lossToleranceMax <= 1");
        PortControls.require(dropWeeks >= 0 && maxRecruitmentsUnderway >= 0 && exportContacts >= 0
                && importContacts >= 0, "counts must be >= 0");
        PortControls.require(PortControls.unit(protectionPerWeek), "protectionPerWeek must be in [0, 1]");
        PortControls.require(outsideValueUsdPerKg >= 0 && outsideWeight >= 0 && outsideRationalityPerKusd >= 0,
                "outside option values must be >= 0");
        organisationsPerProducer = organisationsPerProducer.clone();
    }
}
