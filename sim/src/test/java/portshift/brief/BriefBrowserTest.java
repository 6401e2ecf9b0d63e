package portshift.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import portshift.ProcessBudget;
import portshift.Slow;
import portshift.TestPaths;
import portshift.cli.Main;

/**
 * The brief of a short comparison with a status quo, rendered by a real headless browser (Chromium, which the test
 * command installs): the page's own check finds every figure loaded and no text wider than its box at A4 width, it
 * prints to a PDF of A4 pages, and a screenshot is taken.
 */
@Slow
class BriefBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** A4 at 96 dots per inch. */
    private static final String A4 = "794,1123";

    @TempDir
    Path tmp;

    private String chromium(String... args) throws IOException, InterruptedException {
        assertThat(CHROMIUM).as("Chromium, installed by .ci/run (apt-get install chromium)").isExecutable();
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--user-data-dir=" + tmp.resolve("profile")));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(tmp, "chromium", ".out");
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(out.toFile()).start();
        // a guard against a hung browser by the CPU it uses (about 3 s here for a page), not a measure of speed
        assertThat(ProcessBudget.waitFor(p, Duration.ofSeconds(60), "chromium " + args[args.length - 2]))
                .as("chromium's exit status").isZero();
        return Files.readString(out);
    }

    @Test
    void theBriefLoadsEveryFigureOverflowsNothingAndPrintsOnA4() throws IOException, InterruptedException {
        for (String f : List.of("baseline.yaml", "no-coordination.yaml", "alliance.yaml")) {
            String text = Files.readString(TestPaths.scenario(f));
            Files.writeString(tmp.resolve(f), f.equals("baseline.yaml") ? text.replace("days: 2190", "days: 1100") : text);
        }
        Path dir = tmp.resolve("compare");
        StringWriter err = new StringWriter();
        int status = Main.execute(new String[] {"compare", tmp.resolve("no-coordination.yaml").toString(),
            tmp.resolve("alliance.yaml").toString(), "--status-quo", tmp.resolve("baseline.yaml").toString(), "-r", "2",
            "-q", "--out", dir.toString()}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertThat(status).as(err.toString()).isZero();
        Path page = dir.resolve("brief.html");
        String html = Files.readString(page);
        assertThat(html).contains("Under alliance, ").contains("than under baseline").contains("(status quo)");
        int figures = html.split("<img ", -1).length - 1;
        assertThat(figures).as("figures embedded").isGreaterThanOrEqualTo(3);

        String dom = chromium("--window-size=" + A4, "--virtual-time-budget=20000", "--dump-dom", page.toUri().toString());
        assertThat(attribute(dom, "data-check")).as("the page's own check at A4 width").isEqualTo("ok");
        assertThat(attribute(dom, "data-images")).isEqualTo(String.valueOf(figures));

        Path pdf = tmp.resolve("brief.pdf");
        chromium("--no-pdf-header-footer", "--print-to-pdf=" + pdf, page.toUri().toString());
        byte[] bytes = Files.readAllBytes(pdf);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("%PDF");
        Matcher pages = Pattern.compile("/Type\\s*/Page[^s]").matcher(text);
        int n = 0;
        while (pages.find()) {
            n++;
        }
        assertThat(n).as("pages printed").isGreaterThanOrEqualTo(2);
        assertThat(text).as("A4 pages, 595 x 842 points").containsPattern("/MediaBox\\s*\\[\\s*0 0 59[45]\\.?\\d* 84[12]");

        Path png = tmp.resolve("brief.png");
        chromium("--window-size=900,2400", "--screenshot=" + png, page.toUri().toString());
        assertThat(Files.size(png)).as("a screenshot").isGreaterThan(10_000);
    }

    private static String attribute(String dom, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(dom);
        return m.find() ? m.group(1) : "(no " + name + ": the page's check did not run)";
    }
}
