package portshift.model;

import java.io.Serializable;

/** A partial change of a port's controls: null fields stay as they are. */
public record ControlsChange(Integer scanners, Double containersPerScannerPerDay, Integer officers,
                             Double inspectionsPerOfficerPerDay, Double profilingSkill, Double antiCorruption,
                             Double maxScreeningShare, Boolean originTracing) implements Serializable {

    public PortControls applyTo(PortControls c) {
        return new PortControls(
                scanners != null ? scanners : c.scanners(),
                containersPerScannerPerDay != null ? containersPerScannerPerDay : c.containersPerScannerPerDay(),
                officers != null ? officers : c.officers(),
                inspectionsPerOfficerPerDay != null ? inspectionsPerOfficerPerDay : c.inspectionsPerOfficerPerDay(),
                profilingSkill != null ? profilingSkill : c.profilingSkill(),
                antiCorruption != null ? antiCorruption : c.antiCorruption(),
                maxScreeningShare != null ? maxScreeningShare : c.maxScreeningShare(),
                originTracing != null ? originTracing : c.originTracing());
    }
}
