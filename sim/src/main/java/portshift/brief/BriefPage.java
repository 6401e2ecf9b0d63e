package portshift.brief;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import portshift.scenario.ScenarioException;

/**
 * A brief as one self-contained HTML page (figures embedded, nothing fetched), laid out to print on A4: the question,
 * the answer in one generated sentence, a table of every outcome with its change and a better or worse mark, the
 * displacement map, the answer across the declared ranges and the plausible worlds beside the single-world one, what
 * drives it and the sources. On loading, the page checks itself (every image loaded, no text wider than its box) and
 * writes what it found into the body's {@code data-check} attribute, for a headless browser to read.
 */
public final class BriefPage {
    private BriefPage() {
    }

    public static String html(Brief b) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>Brief: ")
                .append(esc(b.b())).append(" against ").append(esc(b.a())).append("</title>\n<style>")
                .append(BriefStyle.CSS).append("</style></head>\n<body>\n");
        h.append("<h1>").append(esc(Sentences.capital(b.b()))).append(" against ").append(esc(b.a())).append("</h1>\n");
        question(h, b);
        h.append("<h2>The answer</h2>\n<p class=\"answer\">").append(esc(Sentences.of(b.delivered(), b.a(), b.b())))
                .append("</p>\n");
        if (b.statusQuo() != null) {
            b.againstToday().stream().filter(v -> v.column().equals(b.delivered().column())).findFirst().ifPresent(
                    v -> h.append("<p class=\"answer\">").append(esc(Sentences.of(v, b.statusQuo(), b.b())))
                            .append("</p>\n"));
        }
        h.append("<p>").append(b.replications()).append(" replications of each, paired by seed, in one calibrated "
                + "world; 95% confidence intervals of the paired differences.</p>\n");
        OutcomeTable.append(h, b);
        h.append("<h2>Where the cocaine goes</h2>\n<figure>").append(DisplacementMap.svg(b.map(), b.a(), b.b()))
                .append("<figcaption>Cocaine arriving at each European port (seized and delivered) under ")
                .append(esc(b.b())).append(", against ").append(esc(b.a()))
                .append("; a circle's area is the tonnes a year under ").append(esc(b.b()))
                .append(". The six largest changes are labelled.</figcaption></figure>\n");
        Answers.append(h, b);
        figures(h, b.figures());
        sources(h, b);
        h.append("<script>").append(BriefStyle.CHECK).append("</script>\n</body></html>\n");
        return h.toString();
    }

    private static void question(StringBuilder h, Brief b) {
        h.append("<h2>The question</h2>\n<p>What does <b>").append(esc(b.b())).append("</b> change against <b>")
                .append(esc(b.a())).append("</b>").append(b.statusQuo() == null ? ""
                        : ", and against the status quo, <b>" + esc(b.statusQuo()) + "</b>").append("?</p>\n<ul>\n");
        for (String name : b.statusQuo() == null ? List.of(b.a(), b.b()) : List.of(b.a(), b.b(), b.statusQuo())) {
            String d = b.descriptions().getOrDefault(name, "");
            h.append("<li><b>").append(esc(name)).append("</b>").append(d.isEmpty() ? "" : ": " + esc(d))
                    .append("</li>\n");
        }
        h.append("</ul>\n");
    }

    private static void figures(StringBuilder h, List<Path> figures) {
        if (figures.isEmpty()) {
            return;
        }
        h.append("<h2>Figures</h2>\n");
        for (Path f : figures) {
            byte[] png;
            try {
                png = Files.readAllBytes(f);
            } catch (IOException e) {
                throw new ScenarioException(f + ": cannot read the figure: " + e.getMessage());
            }
            String name = f.getFileName().toString().replace(".png", "").replace('_', ' ');
            h.append("<figure><img alt=\"").append(esc(name)).append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(png)).append("\"><figcaption>")
                    .append(esc(Sentences.capital(name))).append(" (figures/").append(esc(f.getFileName().toString()))
                    .append(")</figcaption></figure>\n");
        }
    }

    private static void sources(StringBuilder h, Brief b) {
        h.append("<h2>Sources</h2>\n<p>Every default figure of the scenarios carries its source in the scenario files "
                + "and in docs/model.md; how the model was checked against the record is in docs/validation.md. "
                + "The scenarios compared:</p>\n<ul>\n");
        for (Map.Entry<String, String> e : b.descriptions().entrySet()) {
            h.append("<li>").append(esc(e.getKey())).append(e.getValue().isEmpty() ? "" : ": " + esc(e.getValue()))
                    .append("</li>\n");
        }
        h.append("</ul>\n");
    }

    /** Text made safe for HTML, inside elements and attributes. */
    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String fixed(double x, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", x);
    }
}
