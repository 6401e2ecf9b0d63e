package portshift.model;

import java.io.Serializable;

/**
 * Corruption in ports: how many workers there are, what they ask, what they deliver and how often
 * anti-corruption work exposes them. Per-role arrays are indexed by {@link InsiderRole} ordinal; the
 * customs officers' workforce is the port's officer count.
 *
 * @param workersPerMillionTeu      workers per million TEU a year, per role (officers: unused)
 * @param signingUsd                one-off payment to recruit a worker, per role
 * @param medianAskUsd              median honesty threshold of an open worker, per role
 * @param askSpread                 log-normal sigma of honesty thresholds
 * @param riskAversion              how much the port's anti-corruption intensity raises the ask
 * @param recruitmentDays           days from the first approach to a working insider
 * @param loaderUsdPerKg            longshoreman's fee per kg loaded or pulled
 * @param securityUsdPerEntry       security's fee per shipment let through
 * @param customsUsdPerWaiver       a corrupt officer's fee per container waved through
 * @param extractionShare           share of the delivered value taken by the extraction team
 * @param loadSuccess               probability that an insider loads after the export inspection
 * @param extractSuccess            probability that an insider extracts a load customs did not select
 * @param pullSuccess               probability that an insider pulls a selected load before it is inspected
 * @param warnSuccess               probability that a warning of a second inspection saves a selected load
 * @param waiveSuccess              probability that a corrupt officer waves a selected container through
 * @param exposurePerService        probability a service exposes the insider, at anti-corruption intensity 1
 * @param exposurePerDay            daily probability that an insider is exposed, at anti-corruption intensity 1
 */
public record InsiderParams(double[] workersPerMillionTeu, double[] signingUsd, double[] medianAskUsd,
                            double askSpread, double riskAversion, int recruitmentDays,
                            double loaderUsdPerKg, double securityUsdPerEntry, double customsUsdPerWaiver,
                            double extractionShare, double loadSuccess, double extractSuccess, double pullSuccess,
                            double warnSuccess, double waiveSuccess,
                            double exposurePerService, double exposurePerDay) implements Serializable {
    public InsiderParams {
        int roles = InsiderRole.values().length;
        PortControls.require(workersPerMillionTeu.length == roles && signingUsd.length == roles
                && medianAskUsd.length == roles, "one value per insider role");
        PortControls.require(askSpread >= 0 && riskAversion >= 0 && recruitmentDays >= 0,
                "askSpread, riskAversion and recruitmentDays must be >= 0");
        PortControls.require(loaderUsdPerKg >= 0 && securityUsdPerEntry >= 0 && customsUsdPerWaiver >= 0,
                "fees must be >= 0");
        for (double p : new double[] {extractionShare, loadSuccess, extractSuccess, pullSuccess, warnSuccess, waiveSuccess,
                exposurePerService, exposurePerDay}) {
            PortControls.require(PortControls.unit(p), "shares and probabilities must be in [0, 1]");
        }
        workersPerMillionTeu = workersPerMillionTeu.clone();
        signingUsd = signingUsd.clone();
        medianAskUsd = medianAskUsd.clone();
    }

    public double signingUsd(InsiderRole role) {
        return signingUsd[role.ordinal()];
    }

    public double medianAskUsd(InsiderRole role) {
        return medianAskUsd[role.ordinal()];
    }
}
