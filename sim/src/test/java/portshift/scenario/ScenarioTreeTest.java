package portshift.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

import portshift.model.Alliance;
import portshift.model.Intervention;
import portshift.model.PortControls;

/** Records written as scenario files write them, under the names their components declare. */
class ScenarioTreeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aLeverIsNamedByItsRecordAsTheSchemaNamesIt() {
        assertThat(ScenarioTree.field(PortControls.NONE.withScanners(0))).isEqualTo("scanners");
        assertThat(ScenarioTree.field(PortControls.NONE.withOfficers(0))).isEqualTo("officers");
        assertThat(ScenarioTree.field(PortControls.NONE.withAntiCorruption(0.5))).isEqualTo("anti_corruption");
        for (String key : List.of("scanners", "officers", "anti_corruption")) {
            assertThat(FieldReference.reference()).anySatisfy(row -> assertThat(row[0]).isEqualTo("ports.<ID>." + key));
        }
        assertThatThrownBy(() -> ScenarioTree.field(PortControls.NONE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScenarioTree.field(PortControls.NONE.withScanners(1).withOfficers(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRecordIsWrittenWithItsSetFieldsInTheirOrder() {
        Intervention i = Intervention.at("2024-01-01", "more").withPorts(Map.of("ANTWERP",
                PortControls.NONE.withOfficers(900).withScanners(6))).withAlliance(new Alliance(null, 0.5, true));
        assertThat(ScenarioTree.of(i).toString()).isEqualTo("{\"at\":\"2024-01-01\",\"name\":\"more\",\"ports\":"
                + "{\"ANTWERP\":{\"scanners\":6,\"officers\":900}},\"alliance\":{\"harmonization\":0.5,"
                + "\"shared_intelligence\":true}}");
        assertThat(ScenarioTree.read(ScenarioTree.of(i), Intervention.class)).isEqualTo(i);
    }

    @Test
    void anOverlayChangesOnlyWhatChangedAndKeepsTheRestAsWritten() throws Exception {
        ObjectNode written = (ObjectNode) JSON.readTree("{\"at\": 300, \"name\": \"later\", \"ports\": {\"ANTWERP\": "
                + "{\"anti_corruption\": 1, \"scanners\": 3}, \"ROTTERDAM\": {\"officers\": 10}}}");
        Intervention before = ScenarioTree.read(written, Intervention.class);
        Map<String, PortControls> raised = new java.util.LinkedHashMap<>(before.ports());
        raised.put("ANTWERP", raised.get("ANTWERP").withScanners(5));
        ScenarioTree.overlay(written, before, before.withPorts(raised));
        assertThat(written.toString()).isEqualTo("{\"at\":300,\"name\":\"later\",\"ports\":{\"ANTWERP\":"
                + "{\"anti_corruption\":1,\"scanners\":5},\"ROTTERDAM\":{\"officers\":10}}}");
    }
}
