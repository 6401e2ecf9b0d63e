package portshift.analysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Column names that pandas, R and the EMA Workbench take as they are: identifiers, {@code [A-Za-z_][A-Za-z0-9_]*}.
 * A field path or a label becomes one by a fixed rule, so that a reader can work it out: accents are dropped, every
 * run of other characters becomes one underscore, underscores at either end go, and a name that would start with a
 * digit (or be empty) gets a leading underscore. {@code uncertainties.supply_tonnes_per_year.COLOMBIA} becomes
 * {@code uncertainties_supply_tonnes_per_year_COLOMBIA}, {@code interventions[0].at} becomes {@code interventions_0_at}.
 */
public final class ColumnNames {
    /** What every column name of every CSV file, and every outcome name of eval, matches. */
    public static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private ColumnNames() {
    }

    /** The identifier for a name, by the rule above. */
    public static String of(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String out = plain.replaceAll("[^A-Za-z0-9_]+", "_").replaceAll("^_+|_+$", "");
        return out.isEmpty() || Character.isDigit(out.charAt(0)) ? "_" + out : out;
    }

    /** The identifier for a label, in lower case: a sentence such as an intervention's name. */
    public static String ofLabel(String label) {
        return of(label.toLowerCase(Locale.ROOT));
    }

    /**
     * The identifiers for names in order, each after those given as taken: a name whose identifier is already taken
     * gets _2, _3, ... so that no two columns share a name.
     */
    public static List<String> of(List<String> names, Set<String> taken) {
        Set<String> used = new HashSet<>(taken);
        List<String> out = new ArrayList<>();
        for (String n : names) {
            String base = of(n);
            String name = base;
            for (int i = 2; !used.add(name); i++) {
                name = base + "_" + i;
            }
            out.add(name);
        }
        return out;
    }
}
