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
    public record World(
            @Doc(value = "ports by id (upper case, e.g. ANTWERP)", required = true) Map<String, PortFacts> ports,
            @Doc(value = "route groups: every from x to, direct or via one hub", required = true) List<RouteGroup> routes,
            @Doc(value = "producing countries by id, with their land links to export ports", required = true)
            Map<String, ProducerFacts> producers) {
    }

    public record PortFacts(
            @Doc("full name") String name,
            @Doc(value = "ISO 3166 two-letter country code", required = true) String country,
            @Doc(value = "world region", required = true) Region region,
            @Doc(value = "EXPORT (Latin America), HUB (transshipment) or IMPORT (Europe)", required = true) PortRole role,
            @Doc(value = "latitude", unit = "degrees", min = -90, max = 90, required = true) Double lat,
            @Doc(value = "longitude", unit = "degrees", min = -180, max = 180, required = true) Double lon,
            @Doc(value = "container throughput in 2023", unit = "million TEU/year", min = 0, required = true) Double teuMillions,
            @Doc(value = "share of the port's inspected containers that come from the modelled export ports (import ports)",
                    unit = "share", min = 0, max = 1) Double latamShare) {
    }

    public record RouteGroup(
            @Doc(value = "export port ids", required = true) List<String> from,
            @Doc("hub port id, for routes through a transshipment hub") String via,
            @Doc(value = "import port ids", required = true) List<String> to,
            @Doc(value = "sailing time, hub call included", unit = "days", min = 1, required = true) Integer days) {
    }

    public record ProducerFacts(
            @Doc(value = "how the producer's cocaine reaches export ports", required = true) List<LandLinkFacts> links) {
    }

    public record LandLinkFacts(
            @Doc(value = "export port id", required = true) String port,
            @Doc(value = "transport and protection cost", unit = "USD/kg", min = 0, required = true) Double costUsdPerKg,
            @Doc(value = "time from the producer's stock to the port", unit = "days", min = 0, required = true) Integer days,
            @Doc("a short description, e.g. air bridge through Bolivia") String label) {
    }

    /** What no policy controls. */
    public record Uncertainties(
            @Doc(value = "cocaine entering the Europe-bound container trade, per producer", unit = "t/year", min = 0,
                    required = true) Map<String, Double> supplyTonnesPerYear,
            @Doc(value = "price paid to the producer", unit = "USD/kg", min = 0, required = true)
            Map<String, Double> producerPriceUsdPerKg,
            @Doc(value = "wholesale price at the European port of entry", unit = "USD/kg", min = 0, required = true)
            PerPort wholesalePriceUsdPerKg,
            @Doc(value = "share of port workers open to a bribe at all", unit = "share", min = 0, max = 1, required = true)
            PerPort corruptibleShare,
            @Doc(value = "container counts", required = true) Containers containers,
            @Doc(value = "how trafficking organisations decide", required = true) Traffickers traffickers,
            @Doc(value = "corrupt port workers", required = true) Insiders insiders,
            @Doc(value = "how inspections select and detect", required = true) CustomsTechnique customs) {
    }

    /** A default with per-port exceptions. */
    public record PerPort(
            @Doc("value for every port not listed under ports") Double all,
            @Doc("values for particular ports, by id") Map<String, Double> ports) {
    }

    public record Containers(
            @Doc(value = "TEU per container", unit = "TEU", min = 1, max = 2, required = true) Double teuPerContainer,
            @Doc(value = "share of a port's container moves that pass its inspection point, by role", unit = "share",
                    min = 0, max = 1, required = true) Map<PortRole, Double> inspectedShare) {
    }

    public record Traffickers(
            @Doc(value = "organisations per producer", min = 0, required = true) Map<String, Integer> organisations,
            @Doc(value = "capital of each organisation at the start", unit = "USD", min = 0, required = true) Double startCapitalUsd,
            @Doc(value = "logit weight of a 1,000 USD/kg difference in expected profit", unit = "1/(kUSD/kg)", min = 0,
                    required = true) Double rationalityPerKusd,
            @Doc(value = "largest load in one container", unit = "kg", min = 1, required = true) Double maxLoadKg,
            @Doc(value = "smallest load worth shipping", unit = "kg", min = 1, required = true) Double minLoadKg,
            @Doc(value = "how fast loads shrink with believed risk: load = max * exp(-s * risk)", min = 0, required = true)
            Double splitSensitivity,
            @Doc(value = "loads one organisation can ship in a week", min = 1, required = true) Integer maxLoadsPerWeek,
            @Doc(value = "Beta prior: pseudo-count of seizures per port and method", min = 1e-6, max = 1e6, required = true)
            Double priorSeizures,
            @Doc(value = "Beta prior: pseudo-count of passes per port and method", min = 1e-6, max = 1e6, required = true)
            Double priorPasses,
            @Doc(value = "weekly discount of past outcomes (forgetting)", unit = "share", min = 1e-6, max = 1, required = true)
            Double weeklyMemory,
            @Doc(value = "weight of a seizure in the news relative to an own loss", min = 0, required = true) Double newsWeight,
            @Doc(value = "share of seizures reported publicly", unit = "share", min = 0, max = 1, required = true) Double newsShare,
            @Doc(value = "lowest tolerated share of kg lost on a route before it is dropped", unit = "share", min = 0, max = 1,
                    required = true) Double lossToleranceMin,
            @Doc(value = "highest tolerated loss share (drawn uniformly per organisation)", unit = "share", min = 0, max = 1,
                    required = true) Double lossToleranceMax,
            @Doc(value = "weeks a dropped route stays unused", unit = "weeks", min = 0, required = true) Integer dropWeeks,
            @Doc(value = "expected gain over the current best that justifies recruiting at a new port", unit = "USD/kg",
                    min = 0, required = true) Double switchMarginUsdPerKg,
            @Doc(value = "recruitment drives an organisation runs at once", min = 0, required = true)
            Integer maxRecruitmentsUnderway,
            @Doc(value = "weekly chance of adding a guard or officer to a crew", unit = "probability", min = 0, max = 1,
                    required = true) Double protectionPerWeek,
            @Doc(value = "front company, cover cargo and concealment of a concealed load", unit = "USD/kg", min = 0,
                    required = true) Double concealmentUsdPerKg,
            @Doc(value = "re-documenting a container at a hub", unit = "USD/kg", min = 0, required = true)
            Double transshipmentUsdPerKg,
            @Doc(value = "export ports where an organisation has a loader at the start", min = 0, required = true)
            Integer exportContacts,
            @Doc(value = "import ports where an organisation has a loader at the start", min = 0, required = true)
            Integer importContacts,
            @Doc(value = "net value of selling a kg outside the European container trade instead (the outside option)",
                    unit = "USD/kg", min = 0, required = true) Double outsideValueUsdPerKg,
            @Doc(value = "weight of the outside option against Europe in the upper level of the choice (0: none)",
                    min = 0, required = true) Double outsideWeight,
            @Doc(value = "how strongly the choice between Europe and elsewhere follows value", unit = "1/(kUSD/kg)",
                    min = 0, required = true) Double outsideRationalityPerKusd) {
    }

    public record Insiders(
            @Doc(value = "workers per million TEU a year, by role (officers: the port's officer count)", min = 0,
                    required = true) Map<InsiderRole, Double> workersPerMillionTeu,
            @Doc(value = "one-off payment to recruit a worker, by role", unit = "USD", min = 0, required = true)
            Map<InsiderRole, Double> signingUsd,
            @Doc(value = "median honesty threshold of an open worker, by role", unit = "USD", min = 0, required = true)
            Map<InsiderRole, Double> medianAskUsd,
            @Doc(value = "log-normal sigma of honesty thresholds", min = 0, required = true) Double askSpread,
            @Doc(value = "how much the port's anti-corruption intensity raises the ask", min = 0, required = true)
            Double riskAversion,
            @Doc(value = "time from the first approach to a working insider", unit = "days", min = 0, required = true)
            Integer recruitmentDays,
            @Doc(value = "longshoreman's fee per kg loaded or pulled", unit = "USD/kg", min = 0, required = true)
            Double loaderUsdPerKg,
            @Doc(value = "security's fee per warning", unit = "USD", min = 0, required = true) Double securityUsdPerEntry,
            @Doc(value = "a corrupt officer's fee per container waved through", unit = "USD", min = 0, required = true)
            Double customsUsdPerWaiver,
            @Doc(value = "share of the delivered value taken by the extraction team", unit = "share", min = 0, max = 1,
                    required = true) Double extractionShare,
            @Doc(value = "chance an insider loads a bag after the export inspection", unit = "probability", min = 0, max = 1,
                    required = true) Double loadSuccess,
            @Doc(value = "chance an insider extracts a load customs did not select", unit = "probability", min = 0, max = 1,
                    required = true) Double extractSuccess,
            @Doc(value = "chance an insider pulls a selected load before it is inspected", unit = "probability", min = 0,
                    max = 1, required = true) Double pullSuccess,
            @Doc(value = "chance a warning of a second inspection saves a selected load", unit = "probability", min = 0,
                    max = 1, required = true) Double warnSuccess,
            @Doc(value = "chance a corrupt officer waves a selected container through", unit = "probability", min = 0,
                    max = 1, required = true) Double waiveSuccess,
            @Doc(value = "chance a service exposes the insider, at anti-corruption intensity 1", unit = "probability",
                    min = 0, max = 1, required = true) Double exposurePerService,
            @Doc(value = "daily chance an insider is exposed, at anti-corruption intensity 1", unit = "probability/day",
                    min = 0, max = 1, required = true) Double exposurePerDay) {
    }

    public record CustomsTechnique(
            @Doc(value = "selection lift of a risk-profiled container at profiling skill 1", min = 1, required = true)
            Double maxProfilingLift,
            @Doc(value = "extra selection lift for containers matching a recent seizure", min = 1, required = true)
            Double intelligenceLift,
            @Doc(value = "days a seizure keeps matching containers flagged", unit = "days", min = 0, required = true)
            Integer intelligenceDays,
            @Doc(value = "chance a scan finds the load, by method", unit = "probability", min = 0, max = 1, required = true)
            Map<Method, Double> scanDetection,
            @Doc(value = "chance a physical inspection finds the load, by method", unit = "probability", min = 0, max = 1,
                    required = true) Map<Method, Double> physicalDetection,
            @Doc(value = "delay to a legitimate container from a scan", unit = "hours", min = 0, required = true)
            Double scanDelayHours,
            @Doc(value = "delay to a legitimate container from a physical inspection", unit = "hours", min = 0,
                    required = true) Double physicalDelayHours,
            @Doc(value = "chance an unextracted rip-off load is found in the terminal", unit = "probability", min = 0,
                    max = 1, required = true) Double failedExtractionSeizure) {
    }

    /** Controls of one port; unset fields fall back to the defaults for the port's role. */
    public record PortLevers(
            @Doc(value = "container scanners in service", min = 0) Integer scanners,
            @Doc(value = "containers one scanner screens per day", unit = "containers/day", min = 0)
            Double containersPerScannerPerDay,
            @Doc(value = "customs officers on container control", min = 0) Integer officers,
            @Doc(value = "physical inspections per officer per day", unit = "containers/day", min = 0)
            Double inspectionsPerOfficerPerDay,
            @Doc(value = "risk-profiling skill: 0 selects at random", unit = "share", min = 0, max = 1) Double profilingSkill,
            @Doc(value = "anti-corruption intensity (vetting, rotation, prosecution)", unit = "share", min = 0, max = 1)
            Double antiCorruption,
            @Doc(value = "policy cap on the share of containers screened", unit = "share", min = 0, max = 1)
            Double maxScreeningShare,
            @Doc("whether containers are traced to their origin through hubs") Boolean originTracing) {
    }

    public record Screening(
            @Doc(value = "ISO codes of countries whose containers are risk-profiled in European ports", required = true)
            List<String> riskCountries,
            @Doc(value = "screen every container from a risk country before any other", required = true)
            Boolean riskCountryFirst) {
    }

    public record AllianceLevers(
            @Doc("member ports (European import ports)") List<String> members,
            @Doc(value = "h: each member's screening rate, profiling skill and anti-corruption become (1-h)*own + h*standard",
                    unit = "share", min = 0, max = 1) Double harmonization,
            @Doc("whether a seizure at one member flags matching containers at every member") Boolean sharedIntelligence,
            @Doc("the alliance standard") Standard standard) {
    }

    public record Standard(
            @Doc(value = "standard risk-profiling skill", unit = "share", min = 0, max = 1) Double profilingSkill,
            @Doc(value = "standard anti-corruption intensity", unit = "share", min = 0, max = 1) Double antiCorruption) {
    }

    /** A dated change of levers. */
    public record InterventionEntry(
            @Doc(value = "a date (YYYY-MM-DD) or a day number counted from the start", required = true) String at,
            @Doc("what it is, in the user's words") String name,
            @Doc("per port id, the controls that change") Map<String, PortLevers> ports,
            @Doc("new screening rules") Screening screening,
            @Doc("new alliance settings") AllianceLevers alliance,
            @Doc("a one-off intelligence shock") Exposure exposeInsiders) {
    }

    /** A one-off intelligence shock: a share of the insiders at the given ports is exposed at once. */
    public record Exposure(
            @Doc(value = "port ids", required = true) List<String> ports,
            @Doc(value = "share of their insiders exposed and arrested", unit = "share", min = 0, max = 1, required = true)
            Double share) {
    }
}
