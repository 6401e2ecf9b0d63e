package portshift.scenario;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import portshift.model.Intervention;
import portshift.model.PortControls;
import portshift.model.PortRole;

/**
 * Checks the {@code interventions:} list: each takes effect on a day within the run, names known
 * ports and changes something. The entries are the model's own {@link Intervention} records, kept
 * as written, in order of day; unnamed ones are named by their place in the list.
 */
final class InterventionResolver {
    private final Fields f;
    private final Ids ids;

    InterventionResolver(Fields f, Ids ids) {
        this.f = f;
        this.ids = ids;
    }

    List<Intervention> resolve(List<Intervention> entries, LocalDate start, Integer days) {
        List<Intervention> out = new ArrayList<>();
        for (int i = 0; entries != null && i < entries.size(); i++) {
            String at = "interventions[" + i + "]";
            Intervention e = f.required(entries.get(i), at);
            if (e == null) {
                continue;
            }
            boolean onTime = e.at() != null && start != null && days != null && onTime(e, start, days, at + ".at");
            if (e.ports() != null) {
                for (Map.Entry<String, PortControls> p : e.ports().entrySet()) {
                    String path = at + ".ports." + p.getKey();
                    if (ids.port(p.getKey(), path)) {
                        f.required(p.getValue(), path);
                    }
                }
            }
            if (e.screening() != null) {
                Countries.check(f, e.screening().riskCountries(), at + ".screening.risk_countries");
            }
            if (e.alliance() != null) {
                ids.alliance(e.alliance(), at + ".alliance");
            }
            if (e.exposeInsiders() != null) {
                ids.ports(e.exposeInsiders().ports(), at + ".expose_insiders.ports", null);
            }
            if (e.equipment() != null) {
                ids.ports(e.equipment().ports(), at + ".equipment.ports", PortRole.IMPORT);
            }
            if (e.vetting() != null) {
                ids.ports(e.vetting().ports(), at + ".vetting.ports", null);
            }
            if ((e.ports() == null || e.ports().isEmpty()) && e.screening() == null && e.alliance() == null
                    && e.exposeInsiders() == null && e.equipment() == null && e.vetting() == null) {
                f.problem(at, "changes nothing; expected at least one of ports, screening, alliance, expose_insiders, "
                        + "equipment, vetting");
            }
            if (onTime) {
                out.add(e.name() != null ? e : e.named("intervention " + (i + 1)));
            }
        }
        out.sort(Comparator.comparingLong(e -> e.day(start)));
        return out;
    }

    /**
     * Whether the intervention's day is a date (YYYY-MM-DD, no time of day) or a day number within
     * the run; records a mistake if not. The run lies within the range of {@link Dates}, so a date
     * outside that range is outside the run.
     */
    private boolean onTime(Intervention e, LocalDate start, int days, String path) {
        String at = e.at();
        if (at.matches("[0-9]+") && at.length() > 9) {
            f.problem(path, "expected a day within the run (days 0 to " + (days - 1) + "), found " + Shown.value(at));
            return false;
        }
        long day;
        try {
            if (!at.matches("[0-9]+|[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                throw new DateTimeException("neither a day number nor a date");
            }
            day = e.day(start);
        } catch (DateTimeException x) {
            if (!f.problems().reportedHere(path)) {
                f.problem(path, "expected a date (YYYY-MM-DD) or a day number, found '" + Shown.value(at) + "'");
            }
            return false;
        }
        if (day < 0 || day >= days) {
            f.problem(path, "expected a day within the run (" + start + " to " + start.plusDays(days - 1L)
                    + ", days 0 to " + (days - 1) + "), found " + at);
            return false;
        }
        return true;
    }
}
