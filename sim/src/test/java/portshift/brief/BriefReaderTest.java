package portshift.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import portshift.cli.Main;

/**
 * A brief from hand-written results folders whose figures are known: the verdicts, the flow per port worked by hand,
 * the answer over worlds and where the calibrated world lies among them, text from the scenarios escaped, and every
 * misuse refused in one line.
 */
class BriefReaderTest {
    @TempDir
    Path tmp;

    private Path compare() throws IOException {
        Path d = Files.createDirectories(tmp.resolve("compare"));
        Files.writeString(d.resolve("comparison.csv"), """
                metric,unit,scenario_a,scenario_b,pairs,mean_a,mean_b,difference,ci95_low,ci95_high,test
                delivered_europe_t_per_year,t/year,none,pact,4,100,90,-10,-12,-8,paired-t
                interception_rate,share,none,pact,4,0.2,0.25,0.05,0.04,0.06,paired-t
                legit_delay_khours_per_year,k container-h/year,none,pact,4,10,12,2,2,2,fixed
                wdq_antwerp_s_new_scanners,quotient,none,pact,4,NaN,0.4,NaN,NaN,NaN,none
                """);
        Files.writeString(d.resolve("manifest.json"), """
                {"scenarios": [
                  {"name": "none", "parameters": {"name": "none", "description": "No <b>pact</b> & nothing"}},
                  {"name": "pact", "parameters": {"name": "pact", "description": "<script>alert(1)</script>",
                   "interventions": [{"name": "Antwerp's new scanners"}]}}]}
                """);
        Files.writeString(d.resolve("map.geojson"), """
                {"type": "FeatureCollection", "features": [
                 {"type": "Feature", "properties": {"kind": "land"}, "geometry": {"type": "Polygon",
                  "coordinates": [[[0, 45], [5, 45], [5, 50], [0, 50]]]}},
                 {"type": "Feature", "properties": {"kind": "port", "id": "NORTH", "name": "North Port",
                  "region": "EUROPE"}, "geometry": {"type": "Point", "coordinates": [4, 51]}},
                 {"type": "Feature", "properties": {"kind": "port", "id": "SOUTH", "name": "South Port",
                  "region": "EUROPE"}, "geometry": {"type": "Point", "coordinates": [-5, 36]}},
                 {"type": "Feature", "properties": {"kind": "port", "id": "FAR", "name": "Far Port",
                  "region": "LATAM"}, "geometry": {"type": "Point", "coordinates": [-79, -2]}}]}
                """);
        StringBuilder ports = new StringBuilder("scenario,replication,seed,port,month,reported,attempted_kg\n");
        for (String s : List.of("none", "pact")) {
            for (int r = 0; r < 2; r++) {
                for (String m : List.of("2022-12", "2023-01", "2023-02")) {
                    boolean reported = !m.equals("2022-12");
                    double north = s.equals("none") ? 1000 : 400;
                    double south = s.equals("none") ? 500 : 800;
                    ports.append(s).append(',').append(r).append(",1,NORTH,").append(m).append(',').append(reported)
                            .append(',').append(north).append('\n');
                    ports.append(s).append(',').append(r).append(",1,SOUTH,").append(m).append(',').append(reported)
                            .append(',').append(south).append('\n');
                }
            }
        }
        Files.writeString(d.resolve("ports.csv"), ports);
        return d;
    }

    private Path worlds() throws IOException {
        Path d = Files.createDirectories(tmp.resolve("worlds"));
        Files.writeString(d.resolve("across_worlds.csv"), """
                outcome,unit,better,policy,versus,worlds,versus_mean,policy_mean,difference,difference_low,difference_high,clears_zero,p_paired_t,p_signed_rank,better_share,better_low,better_high
                delivered_europe_t_per_year,t/year,lower,pact,none,4,100,92,-8,-11,-5,true,0.01,0.1,1,0.51,1
                """);
        StringBuilder points = new StringBuilder("point,supply,outcome,unit,policy,mean,difference\n");
        double[] differences = {-4, -6, -9, -13};
        for (int i = 0; i < differences.length; i++) {
            points.append(i).append(",1,delivered_europe_t_per_year,t/year,none,100,0\n");
            points.append(i).append(",1,delivered_europe_t_per_year,t/year,pact,").append(100 + differences[i])
                    .append(',').append(differences[i]).append('\n');
        }
        Files.writeString(d.resolve("points.csv"), points);
        Files.writeString(d.resolve("sensitivity.csv"), """
                outcome,unit,of,uncertainty,with,measure,value,low,high,units,value_at_half
                delivered_europe_t_per_year,t/year,pact - none,uncertainties.supply,,rank_correlation,-0.8,-0.9,-0.6,4,-0.7
                delivered_europe_t_per_year,t/year,pact - none,uncertainties.lift,,rank_correlation,0.3,0.1,0.5,4,0.2
                delivered_europe_t_per_year,t/year,pact,uncertainties.lift,,rank_correlation,0.95,0.9,1,4,0.9
                """);
        Files.writeString(d.resolve("uncertainties.csv"), """
                path,column,low,high,whole,scale,source
                uncertainties.supply,supply,1,2,false,linear,"a survey, 2023 [UN]"
                """);
        return d;
    }

    @Test
    void theBriefReadsEachFigureAsWrittenAndWorksTheFlowPerPort() throws IOException {
        Brief b = BriefReader.read(List.of(compare(), worlds()));
        assertThat(b.a()).isEqualTo("none");
        assertThat(b.b()).isEqualTo("pact");
        assertThat(b.replications()).isEqualTo(4);
        assertThat(b.delivered().judgement()).isEqualTo(Verdict.Judgement.BETTER);
        assertThat(b.verdicts().get(2).judgement()).isEqualTo(Verdict.Judgement.SET);
        assertThat(b.verdicts().get(3).label()).isEqualTo("displacement quotient of \u201cAntwerp's new scanners\u201d");
        // North: 1,000 kg a reported month under none, over 2 months x 2 replications = 1/3 of a year: 12 t a year
        FlowMap.Port north = b.map().ports().stream().filter(p -> p.id().equals("NORTH")).findFirst().orElseThrow();
        assertThat(north.a()).isCloseTo(12.0, offset(1e-9));
        assertThat(north.b()).isCloseTo(4.8, offset(1e-9));
        assertThat(b.map().ports()).extracting(FlowMap.Port::id).containsExactly("NORTH", "SOUTH");
        assertThat(b.map().land()).hasSize(1);

        Spread w = b.matched();
        assertThat(w.points()).isEqualTo(4);
        assertThat(w.mean()).isEqualTo(-8);
        assertThat(w.betterShare()).isEqualTo(1);
        // the single world's -10 is a larger effect than the worlds' -4, -6 and -9: 3 of 4
        assertThat(w.shareWeaker(-10)).isEqualTo(0.75);
        assertThat(w.drivers()).extracting(Spread.Driver::uncertainty).containsExactly("uncertainties.supply",
                "uncertainties.lift");
        assertThat(w.drivers().get(0).source()).isEqualTo("a survey, 2023 [UN]");

        String html = BriefPage.html(b);
        assertThat(html).contains("Under pact, 10.0% less cocaine reaches Europe than under none (90.0 against 100 "
                + "t/year; 95% CI 8.0% to 12.0% less): better.");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert")
                .contains("No &lt;b&gt;pact&lt;/b&gt; &amp; nothing");
        assertThat(html).contains("4 plausible worlds").contains("near the end where pact does most")
                .contains("larger there than in 75% of them").contains("<b>supply</b> (-0.80, -0.90 to -0.60)");
        assertThat(html).containsOnlyOnce("<svg").contains("North Port").doesNotContain("Far Port");
        assertThat(html).as("nothing fetched").doesNotContain("src=\"http").doesNotContain("href=\"http")
                .doesNotContain("url(http");
    }

    @Test
    void everyMisuseIsOneLineWithStatusTwo() throws IOException {
        Path c = compare();
        Path w = worlds();
        Path file = Files.writeString(tmp.resolve("notes.txt"), "x");
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        String[][] cases = {{"brief", w.toString()}, {"brief", tmp.resolve("missing").toString()},
            {"brief", c.toString(), c.toString()}, {"brief", file.toString()}, {"brief", empty.toString()},
            {"brief", c.toString(), w.toString(), w.toString()}};
        List<String> expected = List.of("expected the results folder of a compare", "expected a results folder of "
                + "compare, explore or --worlds, found nothing", "a brief takes one comparison", "found a file",
                "found none of them", "a brief takes one answer over worlds");
        for (int i = 0; i < cases.length; i++) {
            StringWriter err = new StringWriter();
            int status = Main.execute(cases[i], new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
            assertThat(status).as(String.join(" ", cases[i])).isEqualTo(2);
            assertThat(err.toString().strip()).contains(expected.get(i)).doesNotContain("\n");
        }
        assertThat(c.resolve("brief.html")).doesNotExist();
    }
}
