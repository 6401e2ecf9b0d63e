package portshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import portshift.TestPaths;
import portshift.analysis.Outcome;
import portshift.explore.Robustness;
import portshift.optimize.Objective;

/**
 * Every option that names an outcome takes each outcome it can judge by its column and by each alias declared on
 * {@link Outcome}, and refuses any other name in one line that lists the names it takes. A name taken gets past the
 * name check to the next one, which the test makes fail on purpose, so that no command runs.
 */
class OutcomeNamesTest {
    @TempDir
    static Path tmp;

    private final StringWriter err = new StringWriter();

    private int portshift(String... args) {
        err.getBuffer().setLength(0);
        return Main.execute(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    }

    static Stream<String> objectives() {
        return Objective.choices().stream().flatMap(o -> o.names().stream());
    }

    static Stream<String> primOutcomes() {
        return Robustness.judged().stream().flatMap(o -> o.names().stream());
    }

    /** optimize: a name taken reaches the check of --resume, which finds no search in the empty folder. */
    private int optimize(String objective) throws IOException {
        Path world = tmp.resolve("tiny-world.yaml");
        if (!Files.exists(world)) {
            Files.copy(TestPaths.root().resolve("sim/src/test/resources/portshift/model/tiny-world.yaml"), world);
        }
        return portshift("optimize", world.toString(), "--scanners", "1", "--objective", objective, "--resume",
                "--out", tmp.resolve("optimize").toString(), "-q");
    }

    /** explore: a name taken reaches the check of --prim-threshold, given out of range. */
    private int explore(String outcome) {
        return portshift("explore", "--prim", outcome, "--prim-threshold", "-1", "--out", tmp.resolve("explore").toString());
    }

    @ParameterizedTest
    @MethodSource("objectives")
    void optimizeTakesEveryObjectiveByEachOfItsNames(String name) throws IOException {
        assertThat(optimize(name)).isEqualTo(2);
        assertThat(err.toString()).contains("--resume: holds no search").doesNotContain("--objective");
    }

    @ParameterizedTest
    @MethodSource("primOutcomes")
    void exploreTakesEveryJudgedOutcomeByEachOfItsNames(String name) {
        assertThat(explore(name)).isEqualTo(2);
        assertThat(err.toString()).contains("--prim-threshold: expected a number >= 0").doesNotContain("--prim:");
    }

    @Test
    void anUnknownNameIsRefusedInOneLineListingTheNamesTaken() throws IOException {
        for (String name : List.of("happiness", "DELIVERED", "delivered_europe", "diverted_t_per_year", "wdq")) {
            assertThat(optimize(name)).as(name).isEqualTo(2);
            assertThat(err.toString()).as(name).startsWith("portshift: --objective: expected an outcome with a better "
                    + "direction (delivered_europe_t_per_year (or delivered), seized_europe_t_per_year (or seized), ")
                    .endsWith("), found " + name + System.lineSeparator()).hasLineCount(1);
            assertThat(explore(name)).as(name).isEqualTo(2);
            assertThat(err.toString()).as(name).startsWith("portshift: --prim: expected an outcome with a better "
                    + "direction (delivered_europe_t_per_year (or delivered), ").hasLineCount(1);
        }
        assertThat(tmp.resolve("optimize/results.csv")).doesNotExist();
    }

    @Test
    void theDefaultsAreNamesTheOptionsTake() throws IOException {
        Path world = tmp.resolve("tiny-world.yaml");
        optimize("delivered");
        String given = err.toString();
        portshift("optimize", world.toString(), "--scanners", "1", "--resume", "--out", tmp.resolve("optimize").toString());
        assertThat(err.toString()).isEqualTo(given);
        assertThat(portshift("explore", "--prim-threshold", "-1", "--out", tmp.resolve("explore").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--prim-threshold:");
    }

    @Test
    void noNameNamesTwoOutcomes() {
        Set<String> names = new HashSet<>();
        for (Outcome o : Outcome.values()) {
            for (String name : o.names()) {
                assertThat(names.add(name)).as(name + " names one outcome only").isTrue();
            }
        }
        assertThat(Outcome.named("delivered", List.of(Outcome.values()))).contains(Outcome.DELIVERED_EUROPE);
        assertThat(Outcome.named("seized", List.of(Outcome.values()))).contains(Outcome.SEIZED_EUROPE);
    }
}
