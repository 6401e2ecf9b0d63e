package portshift.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import portshift.TestPaths;
import portshift.model.Intervention;
import portshift.model.LargestRemainders;
import portshift.model.ModelConfig;
import portshift.model.PortSpec;
import portshift.scenario.LoadedScenario;

/**
 * The two variants of pattern 4 (docs/validation.md), worked out from the files they depend on: the same added
 * scanners spread over the alliance's members by risk, or put into Antwerp and Rotterdam, each port's share in
 * proportion to its containers a day from the modelled Latin American export ports, in whole scanners by largest
 * remainders. The scenario language has no relative change, so the files hold the results; PatternVariantsTest checks
 * them against this rule and, with {@code -Dportshift.patterns.write=true}, writes them again.
 */
final class EffortVariants {
    static final String SPREAD = "pattern-effort-spread.yaml";
    static final String CONCENTRATED = "pattern-effort-concentrated.yaml";
    static final String PARENT = "baseline.yaml";
    /** The file whose member lists name the alliance's ports. */
    static final String MEMBERS_FROM = "alliance.yaml";
    /** Added scanners, the same in both variants and as many as pattern 5 adds. */
    static final int SCANNERS = 20;
    /** Where the concentrated variant puts them: the two largest ports for Latin American containers. */
    static final List<String> CONCENTRATED_PORTS = List.of("ANTWERP", "ROTTERDAM");
    static final String WRITE = "portshift.patterns.write";
    static final String COMMAND = "mvn -B -q test -pl sim -Dtest=PatternVariantsTest -D" + WRITE + "=true";

    private EffortVariants() {
    }

    private static ModelConfig load(String file) {
        return LoadedScenario.load(TestPaths.scenario(file)).config();
    }

    /** Every port a member list of the alliance's file names, at its start or in an intervention, in that order. */
    static List<String> members() {
        ModelConfig alliance = load(MEMBERS_FROM);
        List<String> out = new ArrayList<>(alliance.alliance().members());
        for (Intervention i : alliance.interventions()) {
            if (i.alliance() != null && i.alliance().members() != null) {
                i.alliance().members().stream().filter(p -> !out.contains(p)).forEach(out::add);
            }
        }
        return out;
    }

    /** The scanners each of the given ports receives (those receiving none left out), in the ports' order. */
    static Map<String, Integer> added(List<String> ports) {
        Map<String, PortSpec> specs = specs();
        double[] weights = ports.stream().mapToDouble(p -> specs.get(p).latamContainersPerDay()).toArray();
        int[] counts = LargestRemainders.of(SCANNERS, weights);
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < ports.size(); i++) {
            if (counts[i] > 0) {
                out.put(ports.get(i), counts[i]);
            }
        }
        return out;
    }

    private static Map<String, PortSpec> specs() {
        Map<String, PortSpec> out = new LinkedHashMap<>();
        load(PARENT).world().ports().forEach(p -> out.put(p.id(), p));
        return out;
    }

    static String spreadFile() {
        List<String> members = members();
        return file(SPREAD, members, "pattern-effort-spread: a variant of pattern 4 of docs/validation.md (harmonized "
                + "controls across many ports leave fewer weak links than the same effort at one port). The baseline, "
                + "with " + SCANNERS + " more scanners on 2024-01-01 shared out among the members of the Alliance of "
                + "European Ports (the " + members.size() + " ports " + MEMBERS_FROM + " names as members) by risk: "
                + "in proportion to each member's containers a day from the modelled Latin American export ports "
                + "(latam_share x containers a day through its inspection point, both from " + PARENT + "), in "
                + "whole scanners by largest remainders; officers unchanged. " + CONCENTRATED + " puts the same "
                + "scanners into Antwerp and Rotterdam alone.",
                "shared out among the alliance's members in proportion to their containers from Latin America",
                "more scanners spread over the alliance's members by risk");
    }

    static String concentratedFile() {
        return file(CONCENTRATED, CONCENTRATED_PORTS, "pattern-effort-concentrated: a variant of pattern 4 of "
                + "docs/validation.md. The baseline, with the " + SCANNERS + " scanners that " + SPREAD + " spreads "
                + "over the alliance's members put on 2024-01-01 into Antwerp and Rotterdam alone, the two ports with "
                + "the most containers from Latin America, in proportion to those containers (latam_share x "
                + "containers a day, from " + PARENT + "), in whole scanners by largest remainders; officers "
                + "unchanged.",
                "at Antwerp and Rotterdam alone, in proportion to their containers from Latin America",
                "more scanners at Antwerp and Rotterdam alone");
    }

    /** A variant's whole text: what it is, why 20 scanners, how it was made, and its intervention. */
    private static String file(String name, List<String> ports, String story, String where, String action) {
        Map<String, PortSpec> specs = specs();
        double latam = ports.stream().mapToDouble(p -> specs.get(p).latamContainersPerDay()).sum();
        double screens = 0;
        StringBuilder lines = new StringBuilder();
        for (Map.Entry<String, Integer> e : added(ports).entrySet()) {
            PortSpec p = specs.get(e.getKey());
            int before = p.controls().scanners();
            screens += e.getValue() * p.controls().containersPerScannerPerDay();
            lines.append(String.format(Locale.ROOT, "      %-28s # %d + %d; %,.0f Latin American containers a day%n",
                    e.getKey() + ": {scanners: " + (before + e.getValue()) + "}", before, e.getValue(),
                    p.latamContainersPerDay()));
        }
        String why = String.format(Locale.ROOT, "%d scanners: as many as pattern 5 adds, so that the two patterns "
                + "weigh the same effort (assumption: no published plan says how many scanners the alliance adds). "
                + "Here they screen %,.0f containers a day (containers per scanner [BCUS]), %.1f%% of the %,.0f "
                + "Latin American containers a day these ports receive.", SCANNERS, screens, 100 * screens / latam,
                latam);
        String made = "Written from " + PARENT + " and " + MEMBERS_FROM + " by a test (PatternVariantsTest), which "
                + "checks the file against them: when they change, write it again with";
        return "# yaml-language-server: $schema=schema.json\n#\n" + wrap(story, "# ") + wrap(why, "# ")
                + wrap(made, "# ") + "#   " + COMMAND + "\n"
                + "extends: " + PARENT + "\nname: " + name.replace(".yaml", "") + "\ndescription: >\n"
                + wrap("The baseline, with " + SCANNERS + " more scanners on 2024-01-01 " + where + " (pattern 4).",
                "  ")
                + "\ninterventions:\n  - at: 2024-01-01\n    name: " + SCANNERS + " " + action + "\n    ports:\n"
                + lines;
    }

    /** Text in lines of at most 100 characters, each with the prefix. */
    private static String wrap(String text, String prefix) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(prefix);
        for (String word : text.split(" ")) {
            if (line.length() > prefix.length() && line.length() + 1 + word.length() > 100) {
                out.append(line).append('\n');
                line = new StringBuilder(prefix);
            }
            line.append(line.length() > prefix.length() ? " " : "").append(word);
        }
        return out.append(line).append('\n').toString();
    }

    /** Writes both files into the shipped scenarios' folder. */
    static void write() {
        try {
            Path dir = TestPaths.root().resolve("scenarios");
            Files.writeString(dir.resolve(SPREAD), spreadFile());
            Files.writeString(dir.resolve(CONCENTRATED), concentratedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
