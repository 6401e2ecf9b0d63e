package portshift.report;

import java.awt.Color;
import java.util.List;
import java.util.Locale;

/**
 * The colours of every figure, declared once: one per scenario or policy (in the order compared), one per European
 * port (keyed by the port, so a port has the same colour in every figure and in the notebooks, which read
 * {@code figures/colours.csv}), and a pair for the share a port gained or lost, apart from both.
 */
public final class Palette {
    /** Scenarios and policies: Okabe and Ito's colours, which colour-blind readers tell apart. */
    static final List<Color> SCENARIOS = List.of(new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115),
            new Color(204, 121, 167), new Color(230, 159, 0), new Color(86, 180, 233), new Color(120, 120, 120));
    /** Past this many scenarios colour no longer tells them apart: each is drawn in {@link #NEUTRAL} and named. */
    static final Color NEUTRAL = new Color(60, 60, 60);
    /** European ports, in the order the world declares them, then again from the first. */
    static final List<Color> PORTS = List.of(new Color(31, 119, 180), new Color(255, 127, 14), new Color(44, 160, 44),
            new Color(214, 39, 40), new Color(148, 103, 189), new Color(140, 86, 75), new Color(227, 119, 194),
            new Color(188, 189, 34), new Color(23, 190, 207), new Color(174, 199, 232), new Color(255, 187, 120),
            new Color(152, 223, 138), new Color(255, 152, 150), new Color(197, 176, 213), new Color(196, 156, 148),
            new Color(247, 182, 210), new Color(219, 219, 141), new Color(158, 218, 229));
    /** The ports not shown one by one. */
    static final Color OTHER_PORTS = new Color(199, 199, 199);
    /** A port that gained share of the flow, and one that lost it: darker than any port's colour. */
    static final Color GAINED = new Color(103, 0, 13);
    static final Color LOST = new Color(8, 48, 107);
    /** Grey of what frames the data: the warm-up and the dates of interventions. */
    static final Color MARKS = new Color(110, 110, 110);

    private Palette() {
    }

    /** The colour of scenario {@code i} of {@code n} drawn together. */
    static Color scenario(int i, int n) {
        return n <= SCENARIOS.size() ? SCENARIOS.get(i) : NEUTRAL;
    }

    /** The colour of the port at {@code index} among the world's European ports. */
    static Color port(int index) {
        return PORTS.get(index % PORTS.size());
    }

    /** A colour as notebooks write it: {@code #rrggbb}. */
    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    static Color translucent(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
