package portshift.scenario;

import java.util.Map;
import java.util.Set;

import portshift.model.CustomsParams;
import portshift.model.InsiderParams;
import portshift.model.InsiderRole;
import portshift.model.Method;
import portshift.model.TraffickerParams;

/** Checks and converts the behavioural uncertainties: traffickers, insiders and customs technique. */
final class BehaviourResolver {
    private final Fields f;

    BehaviourResolver(Fields f) {
        this.f = f;
    }

    TraffickerParams traffickers(Sections.Traffickers t, Set<String> producers) {
        String at = "uncertainties.traffickers.";
        Map<String, Integer> orgs = f.required(t.organisations(), at + "organisations");
        if (orgs == null) {
            orgs = Map.of();
        }
        int[] counts = new int[producers.size()];
        int i = 0;
        for (String p : producers) {
            counts[i++] = f.count(orgs.get(p), at + "organisations." + p, 0);
        }
        for (String p : orgs.keySet()) {
            if (!producers.contains(p)) {
                f.problem(at + "organisations." + p, "unknown producer '" + p + "'" + Suggest.didYouMean(p, producers));
            }
        }
        double minLoad = f.atLeast(t.minLoadKg(), at + "min_load_kg", 1);
        double tolMin = f.unit(t.lossToleranceMin(), at + "loss_tolerance_min");
        return new TraffickerParams(counts,
                f.atLeast(t.startCapitalUsd(), at + "start_capital_usd", 0),
                f.atLeast(t.rationalityPerKusd(), at + "rationality_per_kusd", 0),
                f.atLeast(t.maxLoadKg(), at + "max_load_kg", minLoad), minLoad,
                f.atLeast(t.splitSensitivity(), at + "split_sensitivity", 0),
                f.count(t.maxLoadsPerWeek(), at + "max_loads_per_week", 1),
                f.range(t.priorSeizures(), at + "prior_seizures", 1e-6, 1e6),
                f.range(t.priorPasses(), at + "prior_passes", 1e-6, 1e6),
                f.range(t.weeklyMemory(), at + "weekly_memory", 1e-6, 1),
                f.atLeast(t.newsWeight(), at + "news_weight", 0),
                f.unit(t.newsShare(), at + "news_share"),
                tolMin, f.range(t.lossToleranceMax(), at + "loss_tolerance_max", tolMin, 1),
                f.count(t.dropWeeks(), at + "drop_weeks", 0),
                f.atLeast(t.switchMarginUsdPerKg(), at + "switch_margin_usd_per_kg", 0),
                f.count(t.maxRecruitmentsUnderway(), at + "max_recruitments_underway", 0),
                f.unit(t.protectionPerWeek(), at + "protection_per_week"),
                f.atLeast(t.concealmentUsdPerKg(), at + "concealment_usd_per_kg", 0),
                f.atLeast(t.transshipmentUsdPerKg(), at + "transshipment_usd_per_kg", 0),
                f.count(t.exportContacts(), at + "export_contacts", 0),
                f.count(t.importContacts(), at + "import_contacts", 0),
                f.atLeast(t.outsideValueUsdPerKg(), at + "outside_value_usd_per_kg", 0),
                f.atLeast(t.outsideWeight(), at + "outside_weight", 0),
                f.atLeast(t.outsideRationalityPerKusd(), at + "outside_rationality_per_kusd", 0));
    }

    InsiderParams insiders(Sections.Insiders s) {
        String at = "uncertainties.insiders.";
        return new InsiderParams(
                perRole(s.workersPerMillionTeu(), at + "workers_per_million_teu"),
                perRole(s.signingUsd(), at + "signing_usd"),
                perRole(s.medianAskUsd(), at + "median_ask_usd"),
                f.atLeast(s.askSpread(), at + "ask_spread", 0),
                f.atLeast(s.riskAversion(), at + "risk_aversion", 0),
                f.count(s.recruitmentDays(), at + "recruitment_days", 0),
                f.atLeast(s.loaderUsdPerKg(), at + "loader_usd_per_kg", 0),
                f.atLeast(s.securityUsdPerEntry(), at + "security_usd_per_entry", 0),
                f.atLeast(s.customsUsdPerWaiver(), at + "customs_usd_per_waiver", 0),
                f.unit(s.extractionShare(), at + "extraction_share"),
                f.unit(s.loadSuccess(), at + "load_success"),
                f.unit(s.extractSuccess(), at + "extract_success"),
                f.unit(s.pullSuccess(), at + "pull_success"),
                f.unit(s.warnSuccess(), at + "warn_success"),
                f.unit(s.waiveSuccess(), at + "waive_success"),
                f.unit(s.exposurePerService(), at + "exposure_per_service"),
                f.unit(s.exposurePerDay(), at + "exposure_per_day"));
    }

    CustomsParams customs(Sections.CustomsTechnique c) {
        String at = "uncertainties.customs.";
        return new CustomsParams(
                f.atLeast(c.maxProfilingLift(), at + "max_profiling_lift", 1),
                f.atLeast(c.intelligenceLift(), at + "intelligence_lift", 1),
                f.count(c.intelligenceDays(), at + "intelligence_days", 0),
                perMethod(c.scanDetection(), at + "scan_detection"),
                perMethod(c.physicalDetection(), at + "physical_detection"),
                f.atLeast(c.scanDelayHours(), at + "scan_delay_hours", 0),
                f.atLeast(c.physicalDelayHours(), at + "physical_delay_hours", 0),
                f.unit(c.failedExtractionSeizure(), at + "failed_extraction_seizure"));
    }

    private double[] perRole(Map<InsiderRole, Double> values, String path) {
        Map<InsiderRole, Double> given = f.required(values, path) == null ? Map.of() : values;
        double[] out = new double[InsiderRole.values().length];
        for (InsiderRole r : InsiderRole.values()) {
            out[r.ordinal()] = f.atLeast(given.get(r), path + "." + r, 0);
        }
        return out;
    }

    private double[] perMethod(Map<Method, Double> values, String path) {
        Map<Method, Double> given = f.required(values, path) == null ? Map.of() : values;
        double[] out = new double[Method.values().length];
        for (Method m : Method.values()) {
            out[m.ordinal()] = f.unit(given.get(m), path + "." + m);
        }
        return out;
    }
}
