package portshift.scenario;

import java.util.List;
import java.util.Map;

import portshift.model.CustomsParams;
import portshift.model.Doc;
import portshift.model.FootholdParams;
import portshift.model.InsiderParams;
import portshift.model.PortFacts;
import portshift.model.PortRole;
import portshift.model.TraffickerParams;

/**
 * The records a scenario file binds to for its geography and uncertainties. Names follow the file's
 * snake_case keys. Levers and behavioural parameters bind straight to the model's own records
 * ({@link portshift.model.PortControls}, {@link portshift.model.Alliance}, {@link TraffickerParams}...),
 * which declare their meaning, unit and range once with {@link Doc}.
 */
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

    public record RouteGroup(
            @Doc(value = "export port ids", maxLength = Doc.MAX_ID, required = true) List<String> from,
            @Doc(value = "hub port id, for routes through a transshipment hub", maxLength = Doc.MAX_ID) String via,
            @Doc(value = "import port ids", maxLength = Doc.MAX_ID, required = true) List<String> to,
            @Doc(value = "sailing time, hub call included", unit = "days", min = 1, max = 365, required = true) Integer days) {
    }

    public record ProducerFacts(
            @Doc(value = "how the producer's cocaine reaches export ports", required = true) List<LandLinkFacts> links) {
    }

    public record LandLinkFacts(
            @Doc(value = "export port id", maxLength = Doc.MAX_ID, required = true) String port,
            @Doc(value = "transport and protection cost", unit = "USD/kg", min = 0, max = Doc.MAX_USD_PER_KG,
                    required = true) Double costUsdPerKg,
            @Doc(value = "time from the producer's stock to the port", unit = "days", min = 0, max = 365, required = true)
            Integer days,
            @Doc("a short description, e.g. air bridge through Bolivia") String label) {
    }

    /** What no policy controls. */
    public record Uncertainties(
            @Doc(value = "cocaine entering the Europe-bound container trade, per producer", unit = "t/year", min = 0,
                    max = 100_000, required = true) Map<String, Double> supplyTonnesPerYear,
            @Doc(value = "price paid to the producer", unit = "USD/kg", min = 0, max = Doc.MAX_USD_PER_KG, required = true)
            Map<String, Double> producerPriceUsdPerKg,
            @Doc(value = "wholesale price at the European port of entry", unit = "USD/kg", min = 0, max = Doc.MAX_USD_PER_KG,
                    required = true)
            PerPort wholesalePriceUsdPerKg,
            @Doc(value = "share of port workers open to a bribe at all", unit = "share", min = 0, max = 1, required = true)
            PerPort corruptibleShare,
            @Doc(value = "container counts", required = true) Containers containers,
            @Doc(value = "how trafficking organisations decide", required = true) TraffickerParams traffickers,
            @Doc(value = "organisations' footholds at European ports", required = true) FootholdParams footholds,
            @Doc(value = "corrupt port workers", required = true) InsiderParams insiders,
            @Doc(value = "how inspections select and detect", required = true) CustomsParams customs) {
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
}
