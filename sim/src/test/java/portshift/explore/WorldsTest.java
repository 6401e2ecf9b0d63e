package portshift.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import portshift.scenario.Dimension;
import portshift.scenario.ScenarioException;

/** Reading a match's worlds.csv against the uncertainties the policies declare, and every mistake located. */
class WorldsTest {
    private static final List<Dimension> DECLARED = List.of(
            new Dimension("uncertainties.supply_tonnes_per_year.COLOMBIA", List.of("a"), false, 600, 2660, false, false,
                    "x"),
            new Dimension("ports.ANTWERP.scanners", List.of("b"), false, 1, 4, true, false, "x"),
            new Dimension("uncertainties.traffickers.weekly_memory", List.of("c"), false, 0.9, 0.99, false, false, "x"));

    @TempDir
    Path tmp;

    private Worlds read(String text) throws IOException {
        Path f = tmp.resolve("worlds.csv");
        Files.writeString(f, text);
        return Worlds.read(f, DECLARED);
    }

    private String problem(String text) {
        Path f = tmp.resolve("worlds.csv");
        try {
            Files.writeString(f, text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return refusal(f);
    }

    private static String refusal(Path f) {
        try {
            Worlds.read(f, DECLARED);
        } catch (ScenarioException e) {
            return e.getMessage();
        }
        throw new AssertionError(f + " was accepted");
    }

    @Test
    void theColumnsNameUncertaintiesAsIdentifiersAndTheOthersKeepTheScenarioValue() throws IOException {
        Worlds w = read("world,wave,point,ports_ANTWERP_scanners,uncertainties_supply_tonnes_per_year_COLOMBIA\n"
                + "0,1,4,2,700.5\n7,2,0,4,2660\n");
        assertThat(w.dimensions()).extracting(Dimension::name).containsExactly("ports.ANTWERP.scanners",
                "uncertainties.supply_tonnes_per_year.COLOMBIA");
        assertThat(w.ids()).containsExactly(0, 7);
        assertThat(w.values()[0]).containsExactly(2, 700.5);
        assertThat(w.values()[1]).containsExactly(4, 2660);
        assertThat(Worlds.columns(DECLARED)).containsExactly("uncertainties_supply_tonnes_per_year_COLOMBIA",
                "ports_ANTWERP_scanners", "uncertainties_traffickers_weekly_memory");
    }

    @Test
    void everyMistakeIsOneLineNamingTheFileLineAndColumn() {
        String f = tmp.resolve("worlds.csv").toString();
        assertThat(problem("")).isEqualTo(f + ":1: expected the header of a match's worlds.csv (world,wave,point,"
                + "<uncertainties>), found an empty file");
        assertThat(problem("point,world\n")).startsWith(f + ":1: column 1: expected world");
        assertThat(problem("world,ports_ROTTERDAM_scanners\n0,1\n")).startsWith(f + ":1: column 2: expected an "
                + "uncertainty the scenarios declare under explore.uncertainties").endsWith("found 'ports_ROTTERDAM_scanners'");
        assertThat(problem("world,ports_ANTWERP_scanners,ports_ANTWERP_scanners\n")).isEqualTo(f + ":1: column 3: "
                + "'ports_ANTWERP_scanners' appears twice");
        assertThat(problem("world,ports_ANTWERP_scanners\n0,2\n1,5\n")).isEqualTo(f + ":3: ports_ANTWERP_scanners: "
                + "expected a whole number in [1, 4], the range declared for ports.ANTWERP.scanners, found '5'");
        assertThat(problem("world,ports_ANTWERP_scanners\n0,2.5\n")).startsWith(f + ":2: ports_ANTWERP_scanners: "
                + "expected a whole number");
        assertThat(problem("world,uncertainties_traffickers_weekly_memory\n0,NaN\n")).startsWith(f + ":2: "
                + "uncertainties_traffickers_weekly_memory: expected a number in [0.9, 0.99]");
        assertThat(problem("world,ports_ANTWERP_scanners\n0,2\n0,3\n")).isEqualTo(f + ":3: world: world 0 appears "
                + "twice");
        assertThat(problem("world,ports_ANTWERP_scanners\n-1,2\n")).isEqualTo(f + ":2: world: expected a whole "
                + "number >= 0, found '-1'");
        assertThat(problem("world,ports_ANTWERP_scanners\n0\n")).isEqualTo(f + ":2: expected 2 cells, as the header "
                + "has, found 1");
        assertThat(problem("world,ports_ANTWERP_scanners\n")).startsWith(f + ": expected at least one world");
        assertThat(problem("world,wave\n0,1\n")).isEqualTo(f + ":1: expected at least one uncertainty's column, found "
                + "none");
        assertThat(refusal(tmp.resolve("none.csv"))).startsWith(tmp.resolve("none.csv") + ": cannot read the worlds");
    }
}
