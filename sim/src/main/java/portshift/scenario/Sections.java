package portshift.scenario;

import java.util.List;
import java.util.Map;

import portshift.model.InsiderRole;
import portshift.model.Method;
import portshift.model.PortRole;
import portshift.model.Region;

/** The records a scenario file binds to, one per section. Names follow the file's snake_case keys. */
public final class Sections {
    private Sections() {
    }

    /** The geography: facts about ports, sea routes and producers' land links. */
    public record World(Map<String, PortFacts> ports, List<RouteGroup> routes, Map<String, ProducerFacts> producers) {
    }

    /**
     * @param teuMillions  container throughput in 2023, million TEU a year
     * @param latamShare   share of the port's inspected containers that come from the modelled export ports
     */
    public record PortFacts(String name, String country, Region region, PortRole role, Double lat, Double lon,
                            Double teuMillions, Double latamShare) {
    }

    /** Every combination of from, via and to, sailing the given days. */
    public record RouteGroup(List<String> from, String via, List<String> to, Integer days) {
    }

    public record ProducerFacts(List<LandLinkFacts> links) {
    }

    public record LandLinkFacts(String port, Double costUsdPerKg, Integer days, String label) {
    }

    /** What no policy controls. */
    public record Uncertainties(Map<String, Double> supplyTonnesPerYear, Map<String, Double> producerPriceUsdPerKg,
                                PerPort wholesalePriceUsdPerKg, PerPort corruptibleShare, Containers containers,
                                Traffickers traffickers, Insiders insiders, CustomsTechnique customs) {
    }

    /** A default with per-port exceptions. */
    public record PerPort(Double all, Map<String, Double> ports) {
    }

    /**
     * @param teuPerContainer     TEU per container
     * @param inspectedShare      share of a port's container moves that pass its inspection point, by role
     */
    public record Containers(Double teuPerContainer, Map<PortRole, Double> inspectedShare) {
    }

    public record Traffickers(Map<String, Integer> organisations, Double startCapitalUsd, Double rationalityPerKusd,
                              Double maxLoadKg, Double minLoadKg, Double splitSensitivity, Integer maxLoadsPerWeek,
                              Double priorSeizures, Double priorPasses, Double weeklyMemory, Double newsWeight,
                              Double newsShare, Double lossToleranceMin, Double lossToleranceMax, Integer dropWeeks,
                              Double switchMarginUsdPerKg, Integer maxRecruitmentsUnderway, Double protectionPerWeek,
                              Double concealmentUsdPerKg, Double transshipmentUsdPerKg, Integer exportContacts,
                              Integer importContacts) {
    }

    public record Insiders(Map<InsiderRole, Double> workersPerMillionTeu, Map<InsiderRole, Double> signingUsd,
                           Map<InsiderRole, Double> medianAskUsd, Double askSpread, Double riskAversion,
                           Integer recruitmentDays, Double loaderUsdPerKg, Double securityUsdPerEntry,
                           Double customsUsdPerWaiver, Double extractionShare, Double loadSuccess,
                           Double extractSuccess, Double pullSuccess, Double warnSuccess, Double waiveSuccess,
                           Double exposurePerService, Double exposurePerDay) {
    }

    public record CustomsTechnique(Double maxProfilingLift, Double intelligenceLift, Integer intelligenceDays,
                                   Map<Method, Double> scanDetection, Map<Method, Double> physicalDetection,
                                   Double scanDelayHours, Double physicalDelayHours, Double failedExtractionSeizure) {
    }

    /** Controls of one port; unset fields fall back to the defaults for the port's role. */
    public record PortLevers(Integer scanners, Double containersPerScannerPerDay, Integer officers,
                             Double inspectionsPerOfficerPerDay, Double profilingSkill, Double antiCorruption,
                             Double maxScreeningShare, Boolean originTracing) {
    }

    public record Screening(List<String> riskCountries, Boolean riskCountryFirst) {
    }

    public record AllianceLevers(List<String> members, Double harmonization, Boolean sharedIntelligence,
                                 Standard standard) {
    }

    public record Standard(Double profilingSkill, Double antiCorruption) {
    }

    /**
     * A dated change of levers.
     *
     * @param at      a date (YYYY-MM-DD) or a day number counted from the start
     * @param name    what it is, in the user's words
     */
    public record InterventionEntry(String at, String name, Map<String, PortLevers> ports, Screening screening,
                                    AllianceLevers alliance, Exposure exposeInsiders) {
    }

    /** A one-off intelligence shock: a share of the insiders at the given ports is exposed at once. */
    public record Exposure(List<String> ports, Double share) {
    }
}
