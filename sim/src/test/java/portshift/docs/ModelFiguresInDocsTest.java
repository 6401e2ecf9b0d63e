package portshift.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import portshift.TestPaths;
import portshift.model.FootholdParams;
import portshift.model.ModelConfig;
import portshift.model.PortSpec;
import portshift.model.ProducerSpec;
import portshift.scenario.LoadedScenario;

/**
 * The figures of the default world that docs/model.md states, the ones a calibration changes among them, are those of
 * scenarios/baseline.yaml: the supply, each port's Latin American and corruptible shares, the land links' costs, the
 * footholds, and the calibrated controls. A new fit that is not carried into the docs fails here.
 */
class ModelFiguresInDocsTest {
    private static final ModelConfig WORLD = LoadedScenario.load(TestPaths.scenario("baseline.yaml")).config();

    private static String doc() throws IOException {
        return Files.readString(TestPaths.root().resolve("docs/model.md"));
    }

    private static String number(double v) {
        String s = String.format(Locale.ROOT, "%.6f", v).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static String thousands(double v) {
        return String.format(Locale.ROOT, "%,d", Math.round(v));
    }

    private static double supplyTonnes(String producer) {
        return WORLD.world().producers().stream().filter(p -> p.id().equals(producer)).findFirst().orElseThrow()
                .supplyKgPerYear() / 1000;
    }

    @Test
    void theSupplyIsTheBaselines() throws IOException {
        String doc = doc();
        double colombia = supplyTonnes("COLOMBIA");
        double peru = supplyTonnes("PERU");
        double bolivia = supplyTonnes("BOLIVIA");
        assertThat(doc).contains(String.format(Locale.ROOT, "| `uncertainties.supply_tonnes_per_year` | COLOMBIA %s, PERU %s, "
                + "BOLIVIA %s |", number(colombia), number(peru), number(bolivia)));
        double total = Math.round((colombia + peru + bolivia) / 10) * 10.0;
        assertThat(doc.replace('\n', ' ')).contains(String.format(Locale.ROOT, "about %s t a year for the Europe-bound "
                + "container trade: %s t from Colombia, %s t from Peru and %s t from Bolivia", thousands(total),
                thousands(colombia), thousands(peru), thousands(bolivia)));
    }

    @Test
    void eachPortsSharesAreTheBaselines() throws IOException {
        String doc = doc();
        for (PortSpec p : WORLD.world().ports()) {
            if (p.facts().latamShare() != null) {
                Matcher row = Pattern.compile("\\| " + p.id() + " \\| [A-Z]{2} \\| [-\\d.]+ \\| [-\\d.]+ \\| [\\d.]+ \\| ([\\d.]+) \\| "
                        + "([\\d.]+) \\|").matcher(doc);
                assertThat(row.find()).as(p.id() + " in the ports table").isTrue();
                assertThat(Double.parseDouble(row.group(1))).as(p.id() + " latam_share").isEqualTo(p.facts().latamShare());
                assertThat(Double.parseDouble(row.group(2))).as(p.id() + " corruptible_share").isEqualTo(p.corruptibleShare());
            }
        }
    }

    @Test
    void theLandLinksCostWhatTheBaselineSays() throws IOException {
        String doc = doc();
        for (ProducerSpec producer : WORLD.world().producers()) {
            for (ProducerSpec.Link link : producer.links()) {
                Matcher row = Pattern.compile("\\| " + producer.id() + " \\| " + link.port() + "(?: \\([^)]*\\))? \\| (\\d+) \\|")
                        .matcher(doc);
                assertThat(row.find()).as(producer.id() + " to " + link.port()).isTrue();
                assertThat(Double.parseDouble(row.group(1))).as(producer.id() + " to " + link.port())
                        .isEqualTo(link.costUsdPerKg());
            }
        }
    }

    @Test
    void theFootholdsAndTheCalibratedControlsAreTheBaselines() throws IOException {
        String doc = doc();
        FootholdParams f = WORLD.footholds();
        assertThat(doc).contains("| `landing_usd_per_kg` | " + number(f.landingUsdPerKg()) + " |")
                .contains("| `build_weeks` | " + number(f.buildWeeks()) + " |")
                .contains("| `fade_weeks` | " + number(f.fadeWeeks()) + " |")
                .contains("| `start_ports` | " + f.startPorts() + " |");
        PortSpec antwerp = port("ANTWERP");
        assertThat(doc).contains("| ANTWERP (also `profiling_skill` " + number(antwerp.controls().profilingSkill()) + ") | "
                + antwerp.controls().scanners() + " | " + antwerp.controls().officers() + " |");
        assertThat(doc).contains("| ROTTERDAM / HAMBURG | 2 / 2 | " + port("ROTTERDAM").controls().officers() + " / "
                + port("HAMBURG").controls().officers() + " |");
        assertThat(doc).contains("| GUAYAQUIL | 1 (export default) | " + port("GUAYAQUIL").controls().officers() + " |")
                .contains("| PUERTO_BOLIVAR | 0 | " + port("PUERTO_BOLIVAR").controls().officers() + " |");
        assertThat(doc).contains("| `rationality_per_kusd` | " + number(WORLD.traffickers().rationalityPerKusd()) + " (calibrated)")
                .contains("| `max_profiling_lift` | " + number(WORLD.customs().maxProfilingLift()) + " |")
                .contains("| `max_front_company_lift` | " + number(WORLD.customs().maxFrontCompanyLift()) + " (");
    }

    private static PortSpec port(String id) {
        return WORLD.world().ports().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }
}
