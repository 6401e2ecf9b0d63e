package portshift.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import portshift.TestPaths;
import portshift.model.ModelConfig;
import portshift.scenario.Dimension;
import portshift.scenario.LoadedScenario;

/**
 * An exploration over quantities declared with several paths, as a factor, or over a count: the points are set in
 * every policy as declared, a factor on each policy's own values (no runs are made).
 */
class ExploredQuantitiesTest {
    @TempDir
    Path dir;

    private static int officers(ModelConfig c, String port) {
        return c.world().ports().stream().filter(p -> p.id().equals(port)).findFirst().orElseThrow().controls().officers();
    }

    @Test
    void aFactorMultipliesEachPolicysOwnValuesAndACountTakesWholeValues() throws IOException {
        Files.copy(TestPaths.scenario("baseline.yaml"), dir.resolve("baseline.yaml"));
        Files.writeString(dir.resolve("a.yaml"), """
                extends: baseline.yaml
                name: a
                explore:
                  uncertainties:
                    ecuador_officers:
                      paths: [ports.GUAYAQUIL.officers, ports.PUERTO_BOLIVAR.officers]
                      factor: true
                      range: [0.5, 2]
                      source: assumption
                    ports.ANTWERP.officers: {range: [400, 1200], source: assumption}
                """);
        Files.writeString(dir.resolve("b.yaml"), "extends: a.yaml\nname: b\nports:\n  GUAYAQUIL: {officers: 100}\n");
        LoadedScenario a = LoadedScenario.load(dir.resolve("a.yaml"));
        LoadedScenario b = LoadedScenario.load(dir.resolve("b.yaml"));
        Exploration e = Exploration.of(List.of(a, b), Exploration.Design.LHS, 6, 3);

        List<String> names = e.dimensions().stream().map(Dimension::name).toList();
        int factor = names.indexOf("ecuador_officers");
        int count = names.indexOf("ports.ANTWERP.officers");
        assertThat(e.dimensions().get(factor).whole()).as("a factor is not a count").isFalse();
        assertThat(e.dimensions().get(count).whole()).isTrue();
        for (int i = 0; i < e.points(); i++) {
            double f = e.values()[i][factor];
            double antwerp = e.values()[i][count];
            assertThat(f).isBetween(0.5, 2.0);
            assertThat(antwerp).isBetween(400.0, 1200.0).isEqualTo(Math.rint(antwerp));
            ModelConfig atA = e.variant(i, 0).scenario().config();
            ModelConfig atB = e.variant(i, 1).scenario().config();
            assertThat(officers(atA, "GUAYAQUIL")).isEqualTo(Math.round(officers(a.config(), "GUAYAQUIL") * f));
            assertThat(officers(atA, "PUERTO_BOLIVAR")).isEqualTo(Math.round(officers(a.config(), "PUERTO_BOLIVAR") * f));
            assertThat(officers(atB, "GUAYAQUIL")).as("b's own 100 officers").isEqualTo(Math.round(100 * f));
            assertThat(officers(atA, "ANTWERP")).isEqualTo((int) antwerp);
            assertThat(officers(atB, "ANTWERP")).isEqualTo((int) antwerp);
            assertThat(e.variant(i, 0).values()).containsEntry("ports.ANTWERP.officers", String.valueOf((int) antwerp))
                    .containsKey("ecuador_officers");
        }
    }

    @Test
    void aFieldDeclaredWholeIsSampledInWholeValuesAndANumberWrittenWholeIsNot() throws IOException {
        Files.copy(TestPaths.scenario("baseline.yaml"), dir.resolve("baseline.yaml"));
        // the baseline writes harmonization as 0 and Colombia's supply as 2032: numbers, written without a point
        Files.writeString(dir.resolve("w.yaml"), """
                extends: baseline.yaml
                name: w
                explore:
                  uncertainties:
                    ports.ANTWERP.scanners: {range: [1, 4], source: assumption}
                    alliance.harmonization: {range: [0, 1], source: assumption}
                    uncertainties.supply_tonnes_per_year.COLOMBIA: {range: [600, 2660], source: assumption}
                """);
        LoadedScenario w = LoadedScenario.load(dir.resolve("w.yaml"));
        Exploration e = Exploration.of(List.of(w), Exploration.Design.LHS, 8, 5);
        List<String> names = e.dimensions().stream().map(Dimension::name).toList();
        int scanners = names.indexOf("ports.ANTWERP.scanners");
        int harmonization = names.indexOf("alliance.harmonization");
        int supply = names.indexOf("uncertainties.supply_tonnes_per_year.COLOMBIA");
        assertThat(e.dimensions().get(scanners).whole()).isTrue();
        assertThat(e.dimensions().get(harmonization).whole()).as("a share written 0").isFalse();
        assertThat(e.dimensions().get(supply).whole()).as("tonnes written 2032").isFalse();
        java.util.Set<Double> counts = new java.util.TreeSet<>();
        for (int i = 0; i < e.points(); i++) {
            counts.add(e.values()[i][scanners]);
            assertThat(e.values()[i][harmonization]).isBetween(0.0, 1.0);
            ModelConfig at = e.variant(i, 0).scenario().config();
            int antwerp = at.world().ports().stream().filter(p -> p.id().equals("ANTWERP")).findFirst().orElseThrow()
                    .controls().scanners();
            assertThat((double) antwerp).isEqualTo(e.values()[i][scanners]);
        }
        assertThat(counts).as("8 points over 4 whole values, two each").containsExactly(1.0, 2.0, 3.0, 4.0);
        long fractional = java.util.Arrays.stream(e.values()).filter(v -> v[harmonization] != Math.rint(v[harmonization]))
                .count();
        assertThat(fractional).as("harmonization between 0 and 1, not at its ends").isEqualTo(8);
        List<String> csv = ExplorationFiles.uncertainties(e).lines().toList();
        assertThat(csv.get(0)).isEqualTo("path,column,label,low,high,whole,scale,source");
        assertThat(csv).contains("ports.ANTWERP.scanners,ports_ANTWERP_scanners,Antwerp-Bruges: scanners,1,4,true,linear,"
                + "assumption", "alliance.harmonization,alliance_harmonization,alliance harmonization,0,1,false,linear,"
                + "assumption", "uncertainties.supply_tonnes_per_year.COLOMBIA,uncertainties_supply_tonnes_per_year_"
                + "COLOMBIA,supply tonnes per year (Colombia),600,2660,false,linear,assumption");
    }
}
