package portshift.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import portshift.TestPaths;
import portshift.model.Port;
import portshift.scenario.LoadedScenario;

/**
 * The pieces of the GUI a meeting reads, without a display: figures rounded with their units, what an
 * editable row takes from what is typed, where a detached inspector opens, and ports' circles that
 * never overlap (Algeciras and Tanger Med told apart).
 */
class MeetingDetailsTest {
    @Test
    void figuresAreRoundedWithTheirUnits() {
        assertThat(Units.tonnes(97_492.09343804809)).isEqualTo("97.5 t");
        assertThat(Units.tonnes(1_234_567)).isEqualTo("1,235 t");
        assertThat(Units.tonnes(449.6)).isEqualTo("450 kg");
        assertThat(Units.tonnes(0)).isEqualTo("0 kg");
        assertThat(Units.percent(0.0287)).isEqualTo("2.9%");
        assertThat(Units.percent(0.3)).isEqualTo("30%");
        assertThat(Units.percent(0)).isEqualTo("0%");
        assertThat(Units.count(1, "scanner", "scanners")).isEqualTo("1 scanner");
        assertThat(Units.count(1200, "officer", "officers")).isEqualTo("1,200 officers");
        assertThat(Units.millionsUsd(13_312_345.6)).isEqualTo("$13.3 million");
        assertThat(Units.country("BE")).isEqualTo("Belgium");
        assertThat(Units.words("COSTA_RICA")).isEqualTo("Costa Rica");
    }

    @Test
    void anEditableRowReadsTheFirstNumberTyped() {
        assertThat(InspectorRows.firstNumber("130 officers")).isEqualTo(130.0);
        assertThat(InspectorRows.firstNumber("1,200")).isEqualTo(1200.0);
        assertThat(InspectorRows.firstNumber("45.5%")).isEqualTo(45.5);
        assertThat(InspectorRows.firstNumber("none")).isNull();
        double[] set = {-1};
        InspectorRows rows = new InspectorRows(this).editable("Customs officers", () -> "7 officers", "officers",
                n -> {
                    set[0] = n;
                    return n >= 0;
                });
        assertThat(rows.setValue(0, "12 officers")).isEqualTo("7 officers");
        assertThat(set[0]).isEqualTo(12);
        assertThat(rows.setValue(0, "-3")).as("refused: MASON beeps").isNull();
        assertThat(rows.setValue(0, "many")).isNull();
        assertThat(rows.getName(0)).isEqualTo("Customs officers");
        assertThat(rows.isReadWrite(0)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"1920, 1200", "1920, 1080", "1366, 768", "2560, 1440", "1600, 1000"})
    void aDetachedInspectorOpensOnTheScreenOffTheConsole(int width, int height) {
        Rectangle screen = new Rectangle(0, 0, width, height);
        WindowLayout layout = WindowLayout.on(screen);
        for (Dimension size : List.of(new Dimension(420, 340), new Dimension(480, 2000), new Dimension(3000, 500))) {
            for (int open = 0; open < 4; open++) {
                Rectangle r = MapInspector.place(size, screen, layout.console(), layout.atlantic(), open);
                String what = size + " on " + width + " x " + height + " with " + open + " open";
                assertThat(screen.contains(r)).as(what + ": on the screen " + r).isTrue();
                assertThat(r.intersects(layout.console())).as(what + ": over the Console " + r).isFalse();
                assertThat(r.height).as(what).isGreaterThanOrEqualTo(120);
            }
        }
    }

    @Test
    void aDetachedInspectorKeepsOffTheConsoleButtonsWhereverTheConsoleIs() {
        Rectangle screen = new Rectangle(0, 0, 1366, 768);
        Rectangle console = new Rectangle(0, 0, 1366, 768);
        Rectangle r = MapInspector.place(new Dimension(420, 900), screen, console, null, 0);
        assertThat(screen.contains(r)).isTrue();
        assertThat(r.y + r.height).as("above the Console's row of buttons").isLessThanOrEqualTo(768 - 60);
    }

    @Test
    void noTwoPortsCirclesOverlapOnEitherMap() {
        List<Port> ports = LoadedScenario.load(TestPaths.scenario("baseline.yaml")).config().world().build().ports();
        for (MapView view : List.of(MapView.ATLANTIC, MapView.EUROPE, MapView.EUROPE.fit(940, 770).view())) {
            Map<String, Point2D.Double> at = PortPlaces.place(view, ports);
            for (Port a : ports) {
                for (Port b : ports) {
                    if (a != b && at.containsKey(a.id()) && at.containsKey(b.id())) {
                        assertThat(at.get(a.id()).distance(at.get(b.id()))).as(a.id() + " and " + b.id() + " on " + view)
                                .isGreaterThanOrEqualTo(PortPlaces.radius(a, view) + PortPlaces.radius(b, view) + PortPlaces.GAP - 1e-6);
                    }
                }
            }
        }
        Map<String, Point2D.Double> europe = PortPlaces.place(MapView.EUROPE, ports);
        assertThat(europe).containsKeys("ALGECIRAS", "TANGER_MED");
        Port algeciras = ports.stream().filter(p -> p.id().equals("ALGECIRAS")).findFirst().orElseThrow();
        assertThat(europe.get("ALGECIRAS").distance(PortPlaces.truePlace(algeciras, MapView.EUROPE)))
                .as("Algeciras moved only as far as it must").isLessThan(15);
        assertThat(europe.get("TANGER_MED").y).as("Tanger Med below Algeciras, as across the Strait")
                .isGreaterThan(europe.get("ALGECIRAS").y);
    }
}
