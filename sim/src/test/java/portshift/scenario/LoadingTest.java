package portshift.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import portshift.CpuBudget;
import portshift.TestPaths;
import portshift.model.Intervention;
import portshift.model.ModelConfig;
import portshift.model.PortSpec;

/** Inheritance, interventions, sweeps and the loader's safety limits. */
class LoadingTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private Path withBaseline(String yaml) throws IOException {
        Files.copy(TestPaths.scenario("baseline.yaml"), dir.resolve("baseline.yaml"));
        return write("child.yaml", "extends: baseline.yaml\n" + yaml);
    }

    private static PortSpec port(ModelConfig c, String id) {
        return c.world().ports().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void mapsMergeDeeplyAndListsReplace() throws IOException {
        ModelConfig parent = LoadedScenario.load(TestPaths.scenario("baseline.yaml")).config();
        ModelConfig child = LoadedScenario.load(withBaseline(
                "ports:\n  ANTWERP: {scanners: 6}\nscreening:\n  risk_countries: [CO]\n")).config();
        assertThat(port(child, "ANTWERP").controls().scanners()).isEqualTo(6);
        assertThat(port(child, "ANTWERP").controls().officers()).as("merged, not replaced")
                .isEqualTo(port(parent, "ANTWERP").controls().officers());
        assertThat(port(child, "ROTTERDAM").controls()).isEqualTo(port(parent, "ROTTERDAM").controls());
        assertThat(child.screening().riskCountries()).as("lists replace").containsExactly("CO");
    }

    @Test
    void aCycleOfExtendsIsAnError() throws IOException {
        Path a = write("a.yaml", "extends: b.yaml\nname: a\n");
        write("b.yaml", "extends: a.yaml\nname: b\n");
        assertThatThrownBy(() -> LoadedScenario.load(a)).isInstanceOf(ScenarioException.class).hasMessageContaining("inheritance cycle");
    }

    @Test
    void interventionsTakeDatesOrDayNumbersAndAreSortedByDay() throws IOException {
        ModelConfig c = LoadedScenario.load(withBaseline("""
                interventions:
                  - at: 2024-01-01
                    name: later
                    ports: {ANTWERP: {scanners: 6}}
                  - at: 100
                    name: sooner
                    expose_insiders: {ports: [ROTTERDAM], share: 0.5}
                """)).config();
        List<Intervention> list = c.interventions();
        assertThat(list).extracting(Intervention::name).containsExactly("sooner", "later");
        assertThat(c.dayOf(list.get(0))).isEqualTo(100);
        assertThat(c.dayOf(list.get(1))).isEqualTo(730);
        assertThat(list.get(1).ports().get("ANTWERP").scanners()).isEqualTo(6);
        assertThat(list.get(1).ports().get("ANTWERP").officers()).as("unset stays as it is").isNull();
        assertThat(list.get(0).exposeInsiders().ports()).containsExactly("ROTTERDAM");
    }

    @Test
    void aSweepExpandsIntoNamedVariants() throws IOException {
        LoadedScenario loaded = LoadedScenario.load(withBaseline("""
                name: grid
                sweep:
                  alliance.harmonization: [0, 0.5, 1]
                  ports.ANTWERP.scanners: [1, 6]
                """));
        List<Sweep.Variant> variants = Sweep.expand(loaded);
        assertThat(variants).hasSize(6);
        assertThat(variants.get(3).name()).isEqualTo("grid[alliance.harmonization=0.5,ports.ANTWERP.scanners=6]");
        ModelConfig c = variants.get(3).scenario().config();
        assertThat(c.scenario()).isEqualTo(variants.get(3).name());
        assertThat(c.alliance().harmonization()).isEqualTo(0.5);
        assertThat(port(c, "ANTWERP").controls().scanners()).isEqualTo(6);
    }

    @Test
    void aScenarioWithoutASweepIsItsOwnOnlyVariant() {
        LoadedScenario loaded = LoadedScenario.load(TestPaths.scenario("alliance.yaml"));
        assertThat(Sweep.expand(loaded)).singleElement().satisfies(v -> assertThat(v.name()).isEqualTo("alliance"));
    }

    @Test
    void aBillionLaughsFileIsAnErrorNotAHang() throws IOException {
        StringBuilder yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int k = 0; k < 10; k++) {
                yaml.append(k > 0 ? ", " : "").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        Path bomb = write("bomb.yaml", yaml.toString());
        // CPU time (a hang guard). Quiet: 0.002 s
        CpuBudget.run(Duration.ofSeconds(5), "a billion laughs", () ->
                assertThatThrownBy(() -> LoadedScenario.load(bomb)).isInstanceOf(ScenarioException.class)
                        .hasMessageContaining("anchors and aliases"));
    }

    @Test
    void anOversizedFileIsRefusedBeforeItIsParsed() throws IOException {
        Path big = write("big.yaml", "name: x\n" + "# padding\n".repeat(TreeReader.MAX_BYTES / 10 + 10));
        assertThatThrownBy(() -> LoadedScenario.load(big)).isInstanceOf(ScenarioException.class).hasMessageContaining("larger than");
    }

    @Test
    void jsonIsReadToo() throws IOException {
        Path json = write("s.json", "{\"extends\": \"baseline.yaml\", \"name\": \"from-json\", \"ports\": {\"ANTWERP\": {\"scanners\": 4}}}");
        Files.copy(TestPaths.scenario("baseline.yaml"), dir.resolve("baseline.yaml"));
        ModelConfig c = LoadedScenario.load(json).config();
        assertThat(c.scenario()).isEqualTo("from-json");
        assertThat(port(c, "ANTWERP").controls().scanners()).isEqualTo(4);
    }
}
