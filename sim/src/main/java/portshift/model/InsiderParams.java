package portshift.model;

import java.io.Serializable;
import java.util.Map;

/**
 * Corruption in ports: how many workers there are, what they ask, what they deliver and how often
 * anti-corruption work exposes them, in routine work, in service and in investigations after a seizure. The customs officers' workforce is the port's officer count.
 */
public record InsiderParams(
        @Doc(value = "workers per million TEU a year, by role (officers: the port's officer count)", min = 0,
                max = Doc.MAX_COUNT, required = true) Map<InsiderRole, Double> workersPerMillionTeu,
        @Doc(value = "one-off payment to recruit a worker, by role", unit = "USD", min = 0, max = Doc.MAX_USD,
                required = true)
        Map<InsiderRole, Double> signingUsd,
        @Doc(value = "median honesty threshold of an open worker, by role", unit = "USD", min = 0, max = Doc.MAX_USD,
                required = true)
        Map<InsiderRole, Double> medianAskUsd,
        @Doc(value = "log-normal sigma of honesty thresholds", min = 0, max = 10, required = true) Double askSpread,
        @Doc(value = "how much the port's anti-corruption intensity raises the ask", min = 0, max = 1000, required = true)
        Double riskAversion,
        @Doc(value = "time from the first approach to a working insider", unit = "days", min = 0, max = Doc.MAX_DAYS,
                required = true) Integer recruitmentDays,
        @Doc(value = "longshoreman's fee per kg loaded or pulled", unit = "USD/kg", min = 0, max = Doc.MAX_USD_PER_KG,
                required = true) Double loaderUsdPerKg,
        @Doc(value = "security's fee per service: a team's entry at an export port, a warning at an import port",
                unit = "USD", min = 0, max = Doc.MAX_USD, required = true)
        Double securityUsdPerEntry,
        @Doc(value = "a corrupt officer's fee per container waved through", unit = "USD", min = 0, max = Doc.MAX_USD,
                required = true) Double customsUsdPerWaiver,
        @Doc(value = "a customs contact's fee per warning of a second inspection before departure", unit = "USD",
                min = 0, max = Doc.MAX_USD, required = true) Double customsUsdPerWarning,
        @Doc(value = "share of the delivered value taken by the extraction team", unit = "share", min = 0, max = 1,
                required = true) Double extractionShare,
        @Doc(value = "chance a rip-on team with a security insider gets its bag into the export terminal",
                unit = "probability", min = 0, max = 1, required = true) Double entrySuccess,
        @Doc(value = "chance a rip-on team without a security insider gets its bag into the export terminal",
                unit = "probability", min = 0, max = 1, required = true) Double unaidedEntrySuccess,
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
        @Doc(value = "chance a customs contact's warning gets a loaded bag pulled before a second export inspection",
                unit = "probability", min = 0, max = 1, required = true) Double exportWarnSuccess,
        @Doc(value = "time a pulled load waits in the export port for a later ship", unit = "days", min = 1,
                max = Doc.MAX_DAYS, required = true) Integer movedDays,
        @Doc(value = "chance a service exposes the insider, at anti-corruption intensity 1, by role",
                unit = "probability", min = 0, max = 1, required = true)
        Map<InsiderRole, Double> exposurePerService,
        @Doc(value = "daily chance an insider is exposed, at anti-corruption intensity 1", unit = "probability/day",
                min = 0, max = 1, required = true) Double exposurePerDay,
        @Doc(value = "chance an insider who served a seized load at the port is arrested, at anti-corruption intensity 1",
                unit = "probability", min = 0, max = 1, required = true) Double investigationLead,
        @Doc(value = "chance each other insider of the load's organisation at the port is arrested after the seizure, "
                + "at anti-corruption intensity 1", unit = "probability", min = 0, max = 1, required = true)
        Double investigationSpread) implements Serializable {

    public double workersPerMillionTeu(InsiderRole role) {
        return workersPerMillionTeu.get(role);
    }

    public double signingUsd(InsiderRole role) {
        return signingUsd.get(role);
    }

    public double medianAskUsd(InsiderRole role) {
        return medianAskUsd.get(role);
    }

    public double exposurePerService(InsiderRole role) {
        return exposurePerService.get(role);
    }
}
