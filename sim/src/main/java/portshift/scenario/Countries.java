package portshift.scenario;

import java.util.List;

/** Lists of two-letter ISO 3166 country codes. */
final class Countries {
    private Countries() {
    }

    static void check(Fields f, List<String> codes, String path) {
        for (int i = 0; codes != null && i < codes.size(); i++) {
            String c = codes.get(i);
            String at = path + "[" + i + "]";
            if ((c == null || !c.matches("[A-Z]{2}")) && !f.problems().reportedHere(at)) {
                f.problem(at, "expected a two-letter ISO country code such as EC, found " + Shown.value(c));
            }
        }
    }
}
