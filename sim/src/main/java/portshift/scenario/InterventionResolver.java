package portshift.scenario;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import portshift.model.ControlsChange;
import portshift.model.Intervention;
import portshift.model.PortRole;

/** Checks the {@code interventions:} list and turns each entry into a dated {@link Intervention}. */
final class InterventionResolver {
    private final Fields f;
    private final Ids ids;
    private final ScenarioResolver scenario;

    InterventionResolver(Fields f, Ids ids, ScenarioResolver scenario) {
        this.f = f;
        this.ids = ids;
        this.scenario = scenario;
    }

    List<Intervention> resolve(List<Sections.InterventionEntry> entries, LocalDate start, int days) {
        List<Intervention> out = new ArrayList<>();
        for (int i = 0; entries != null && i < entries.size(); i++) {
            String at = "interventions[" + i + "]";
            Sections.InterventionEntry e = f.required(entries.get(i), at);
            if (e == null) {
                continue;
            }
            Long day = day(f.required(e.at(), at + ".at"), start, days, at + ".at");
            Map<String, ControlsChange> ports = new LinkedHashMap<>();
            if (e.ports() != null) {
                for (Map.Entry<String, Sections.PortLevers> p : e.ports().entrySet()) {
                    String path = at + ".ports." + p.getKey();
                    if (ids.port(p.getKey(), path) && f.required(p.getValue(), path) != null) {
                        ports.put(p.getKey(), change(p.getValue(), path));
                    }
                }
            }
            Set<String> riskCountries = null;
            Boolean riskFirst = null;
            if (e.screening() != null) {
                riskCountries = e.screening().riskCountries() == null ? null
                        : scenario.countries(e.screening().riskCountries(), at + ".screening.risk_countries");
                riskFirst = e.screening().riskCountryFirst();
            }
            List<String> exposed = new ArrayList<>();
            double share = 0;
            if (e.exposeInsiders() != null) {
                String path = at + ".expose_insiders";
                List<String> given = f.required(e.exposeInsiders().ports(), path + ".ports");
                for (int k = 0; given != null && k < given.size(); k++) {
                    if (ids.port(given.get(k), path + ".ports[" + k + "]")) {
                        exposed.add(given.get(k));
                    }
                }
                share = f.unit(e.exposeInsiders().share(), path + ".share");
            }
            Intervention.AllianceChange alliance = alliance(e.alliance(), at + ".alliance");
            if (ports.isEmpty() && riskCountries == null && riskFirst == null && alliance == null && exposed.isEmpty()) {
                f.problem(at, "changes nothing; expected at least one of ports, screening, alliance, expose_insiders");
            }
            if (day != null) {
                out.add(new Intervention(day, e.name() == null ? "intervention " + (i + 1) : e.name(), ports,
                        riskCountries, riskFirst, alliance, exposed, share));
            }
        }
        out.sort(Comparator.comparingLong(Intervention::day));
        return out;
    }

    /** A date or a day number, as a day within the run; null after recording a mistake. */
    private Long day(String at, LocalDate start, int days, String path) {
        if (at == null) {
            return null;
        }
        long day;
        if (at.matches("\\d+")) {
            if (at.length() > 9) {
                f.problem(path, "expected a day within the run (days 0 to " + (days - 1) + "), found " + at);
                return null;
            }
            day = Long.parseLong(at);
        } else {
            try {
                day = LocalDate.parse(at).toEpochDay() - (start == null ? 0 : start.toEpochDay());
            } catch (DateTimeParseException e) {
                f.problem(path, "expected a date (YYYY-MM-DD) or a day number, found '" + at + "'");
                return null;
            }
        }
        if (start != null && (day < 0 || day >= days)) {
            f.problem(path, "expected a day within the run (" + start + " to " + start.plusDays(days - 1L)
                    + ", days 0 to " + (days - 1) + "), found " + at);
            return null;
        }
        return day;
    }

    private ControlsChange change(Sections.PortLevers l, String path) {
        checkCount(l.scanners(), path + ".scanners");
        checkCount(l.officers(), path + ".officers");
        checkMin(l.containersPerScannerPerDay(), path + ".containers_per_scanner_per_day");
        checkMin(l.inspectionsPerOfficerPerDay(), path + ".inspections_per_officer_per_day");
        checkUnit(l.profilingSkill(), path + ".profiling_skill");
        checkUnit(l.antiCorruption(), path + ".anti_corruption");
        checkUnit(l.maxScreeningShare(), path + ".max_screening_share");
        return new ControlsChange(l.scanners(), l.containersPerScannerPerDay(), l.officers(),
                l.inspectionsPerOfficerPerDay(), l.profilingSkill(), l.antiCorruption(), l.maxScreeningShare(),
                l.originTracing());
    }

    private Intervention.AllianceChange alliance(Sections.AllianceLevers a, String path) {
        if (a == null) {
            return null;
        }
        Set<String> members = null;
        if (a.members() != null) {
            members = new LinkedHashSet<>();
            for (int k = 0; k < a.members().size(); k++) {
                if (ids.port(a.members().get(k), path + ".members[" + k + "]", PortRole.IMPORT)) {
                    members.add(a.members().get(k));
                }
            }
        }
        checkUnit(a.harmonization(), path + ".harmonization");
        Double skill = null;
        Double anti = null;
        if (a.standard() != null) {
            skill = a.standard().profilingSkill();
            anti = a.standard().antiCorruption();
            checkUnit(skill, path + ".standard.profiling_skill");
            checkUnit(anti, path + ".standard.anti_corruption");
        }
        return new Intervention.AllianceChange(members, a.harmonization(), a.sharedIntelligence(), skill, anti);
    }

    private void checkCount(Integer v, String path) {
        if (v != null) {
            f.count(v, path, 0);
        }
    }

    private void checkMin(Double v, String path) {
        if (v != null) {
            f.atLeast(v, path, 0);
        }
    }

    private void checkUnit(Double v, String path) {
        if (v != null) {
            f.unit(v, path);
        }
    }
}
