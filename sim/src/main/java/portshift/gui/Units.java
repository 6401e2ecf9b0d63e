package portshift.gui;

import java.util.Locale;

/**
 * Figures as an inspector shows them: rounded, with their units in words (t, %, officers, containers a
 * day), in English with thousands separated by commas.
 */
final class Units {
    private Units() {
    }

    /** Kilograms of cocaine: "450 kg" under a tonne, "12.3 t" under a hundred tonnes, "1,234 t" above. */
    static String tonnes(double kg) {
        if (Math.abs(kg) < 999.5) {
            return String.format(Locale.ENGLISH, "%,d kg", Math.round(kg));
        }
        double t = kg / 1000;
        return Math.abs(t) < 99.95 ? String.format(Locale.ENGLISH, "%.1f t", t) : String.format(Locale.ENGLISH, "%,d t", Math.round(t));
    }

    /** A share as a percentage: one decimal under 10%, none above ("4.5%", "37%"), and "0%" for none. */
    static String percent(double share) {
        double p = 100 * share;
        if (Math.abs(p) < 0.05) {
            return "0%";
        }
        return Math.abs(p) < 9.95 ? String.format(Locale.ENGLISH, "%.1f%%", p) : String.format(Locale.ENGLISH, "%d%%", Math.round(p));
    }

    /** A count of things: "1 scanner", "7 scanners", "1,200 officers". */
    static String count(long n, String one, String many) {
        return String.format(Locale.ENGLISH, "%,d %s", n, n == 1 ? one : many);
    }

    /** A number rounded to whole units, with thousands separated: "1,234". */
    static String whole(double x) {
        return String.format(Locale.ENGLISH, "%,d", Math.round(x));
    }

    /** Millions of US dollars: "$20.0 million", "$1,234 million". */
    static String millionsUsd(double usd) {
        double m = usd / 1e6;
        return Math.abs(m) < 99.95 ? String.format(Locale.ENGLISH, "$%.1f million", m)
                : String.format(Locale.ENGLISH, "$%,d million", Math.round(m));
    }

    /** A country's name in English from its ISO code ("BE" gives Belgium), or the code itself. */
    static String country(String code) {
        if (code == null || code.length() != 2) {
            return code;
        }
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return name.isEmpty() || name.equals(code) ? code : name;
    }

    /** A name written in capitals as an identifier ("COSTA_RICA") in words ("Costa Rica"). */
    static String words(String id) {
        StringBuilder out = new StringBuilder();
        for (String part : id.toLowerCase(Locale.ROOT).split("_")) {
            if (!part.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.toString();
    }

    static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }
}
