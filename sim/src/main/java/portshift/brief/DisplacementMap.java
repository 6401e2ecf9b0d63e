package portshift.brief;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The displacement map as inline SVG: Europe's land, and each European port as a circle whose area is the cocaine
 * arriving there under the second arm, red where it gained flow against the first arm and blue where it lost; the
 * largest changes are labelled. An equirectangular projection, shrunk in longitude by the cosine of 48 degrees.
 */
final class DisplacementMap {
    static final String GAINED = "#b2182b";
    static final String LOST = "#2166ac";
    static final String SAME = "#8c8c8c";
    private static final double WEST = -11;
    private static final double EAST = 26;
    private static final double SOUTH = 34.5;
    private static final double NORTH = 61;
    private static final double WIDTH = 640;
    private static final double COS = Math.cos(Math.toRadians(48));
    private static final double SCALE = WIDTH / ((EAST - WEST) * COS);
    private static final double HEIGHT = (NORTH - SOUTH) * SCALE;
    private static final int LABELLED = 6;

    private DisplacementMap() {
    }

    static String svg(FlowMap map, String a, String b) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %.0f %.0f\" "
                + "role=\"img\" aria-label=\"Displacement map\"><rect width=\"100%%\" height=\"100%%\" fill=\"#eef4f8\"/>",
                WIDTH, HEIGHT));
        s.append("<path fill=\"#e4e0d6\" stroke=\"#b8b2a4\" stroke-width=\"0.5\" d=\"");
        for (double[][] ring : map.land()) {
            if (visible(ring)) {
                for (int i = 0; i < ring.length; i++) {
                    s.append(i == 0 ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f %.1f", x(ring[i][0]),
                            y(ring[i][1])));
                }
                s.append('Z');
            }
        }
        s.append("\"/>");
        double largest = map.ports().stream().mapToDouble(p -> Math.max(p.a(), p.b())).max().orElse(1);
        List<FlowMap.Port> bySize = map.ports().stream()
                .sorted(Comparator.comparingDouble((FlowMap.Port p) -> -Math.max(p.a(), p.b()))).toList();
        for (FlowMap.Port p : bySize) {
            double r = 2.5 + 24 * Math.sqrt(Math.max(p.b(), 0) / Math.max(largest, 1e-9));
            s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" "
                    + "fill-opacity=\"0.7\" stroke=\"#333\" stroke-width=\"0.6\"><title>%s: %s t/year under %s, %s under %s"
                    + "</title></circle>", x(p.lon()), y(p.lat()), r, colour(p), BriefPage.esc(p.name()),
                    Sentences.number(p.b()), BriefPage.esc(b), Sentences.number(p.a()), BriefPage.esc(a)));
        }
        List<FlowMap.Port> labelled = map.ports().stream()
                .sorted(Comparator.comparingDouble((FlowMap.Port p) -> -Math.abs(p.change()))).limit(LABELLED)
                .filter(p -> Math.abs(p.change()) >= 1).toList();
        List<double[]> taken = new java.util.ArrayList<>();
        for (int row = 0; row < 5; row++) {
            taken.add(new double[] {8, 21 + 13 * row, 330}); // the legend's box
        }
        for (FlowMap.Port p : labelled) {
            String text = BriefPage.esc(p.name()) + " " + signed(p.change());
            double[] at = place(x(p.lon()), y(p.lat()), 7 * (p.name().length() + 8), taken);
            taken.add(at);
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                    + "stroke=\"#555\" stroke-width=\"0.6\"/><text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" "
                    + "fill=\"#111\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">%s</text>",
                    x(p.lon()), y(p.lat()), at[0], at[1] - 4, at[0], at[1], text));
        }
        s.append(legend(a, b));
        s.append("</svg>");
        return s.toString();
    }

    private static String legend(String a, String b) {
        double y = 8;
        String than = " under " + BriefPage.esc(b) + " than under " + BriefPage.esc(a);
        return String.format(Locale.ROOT, "<g font-size=\"12\"><rect x=\"8\" y=\"%.0f\" width=\"330\" height=\"54\" "
                + "fill=\"#fff\" fill-opacity=\"0.85\" stroke=\"#999\"/>"
                + "<circle cx=\"22\" cy=\"%.0f\" r=\"6\" fill=\"%s\" fill-opacity=\"0.7\"/><text x=\"34\" y=\"%.0f\">"
                + "more arriving" + than + "</text>"
                + "<circle cx=\"22\" cy=\"%.0f\" r=\"6\" fill=\"%s\" fill-opacity=\"0.7\"/><text x=\"34\" y=\"%.0f\">"
                + "less arriving" + than + "</text></g>",
                y, y + 16, GAINED, y + 20, y + 36, LOST, y + 40);
    }

    /**
     * Where a label of the given width goes near (x, y): the first of a ring of offsets, growing outwards, whose box
     * stays on the map and meets no label placed before; {x, baseline y, width}.
     */
    static double[] place(double x, double y, double width, List<double[]> taken) {
        double[][] offsets = {{10, -8}, {10, 16}, {-10 - width, -8}, {-10 - width, 16}, {10, -26}, {10, 34},
            {-10 - width, -26}, {-10 - width, 34}, {24, -44}, {24, 52}, {-24 - width, -44}, {-24 - width, 52}};
        for (double[] o : offsets) {
            double[] box = {x + o[0], y + o[1], width};
            if (box[0] >= 2 && box[0] + width <= WIDTH - 2 && box[1] - 12 >= 2 && box[1] <= HEIGHT - 2
                    && taken.stream().noneMatch(t -> overlaps(t, box))) {
                return box;
            }
        }
        return new double[] {Math.min(x + 10, WIDTH - width - 2), y - 8, width};
    }

    private static boolean overlaps(double[] a, double[] b) {
        return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] - 13 < b[1] && b[1] - 13 < a[1];
    }

    static String colour(FlowMap.Port p) {
        return Math.abs(p.change()) < 1 ? SAME : p.change() > 0 ? GAINED : LOST;
    }

    static String signed(double t) {
        return (t > 0 ? "+" : t < 0 ? "\u2212" : "") + Sentences.number(Math.abs(t)) + " t";
    }

    private static boolean visible(double[][] ring) {
        for (double[] p : ring) {
            if (p[0] >= WEST - 5 && p[0] <= EAST + 5 && p[1] >= SOUTH - 5 && p[1] <= NORTH + 5) {
                return true;
            }
        }
        return false;
    }

    private static double x(double lon) {
        return (lon - WEST) * COS * SCALE;
    }

    private static double y(double lat) {
        return (NORTH - lat) * SCALE;
    }
}
