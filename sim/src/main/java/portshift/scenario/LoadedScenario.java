package portshift.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.JsonNode;

import portshift.model.ModelConfig;

/**
 * A scenario file read, merged with what it extends, checked and resolved.
 *
 * @param sha256     hash of the file's bytes (hex)
 * @param parameters the merged tree, as the scenario's resolved parameters
 */
public record LoadedScenario(Path file, String sha256, JsonNode parameters, Scenario scenario, ModelConfig config) {

    /**
     * Readies what reading a scenario needs (the YAML and JSON parsers, the binder's deserializers, the hash), for a
     * command line to do on another thread while it reads its arguments: the first {@link #load} then finds them
     * built. Reads no file; what fails here fails again, and is reported, when a scenario is loaded.
     */
    public static void prepare() {
        TreeReader.prepare();
        ScenarioBinder.prepare();
        sha256(new byte[0]);
    }

    /** Loads a scenario; every mistake in it is reported together in one {@link ScenarioException}. */
    public static LoadedScenario load(Path file) {
        ScenarioLoader.Merged merged = ScenarioLoader.read(file);
        return resolve(file, merged);
    }

    /** Binds and resolves an already merged tree (a scenario file, or one variant of its sweep). */
    static LoadedScenario resolve(Path file, ScenarioLoader.Merged merged) {
        return resolve(file, sha256(file), merged);
    }

    private static LoadedScenario resolve(Path file, String sha256, ScenarioLoader.Merged merged) {
        Problems problems = new Problems(merged.sources());
        Scenario scenario = ScenarioBinder.bind(merged.tree(), problems);
        if (scenario == null) {
            problems.throwIfAny();
        }
        ModelConfig config = new ScenarioResolver(problems).resolve(scenario);
        return new LoadedScenario(file, sha256, merged.tree(), scenario, config);
    }

    /**
     * The same scenario with values set at field paths (as in a sweep), checked again. Used by the
     * calibration to try parameter values.
     */
    public LoadedScenario with(java.util.Map<String, JsonNode> values) {
        return variations().apply(values);
    }

    /**
     * {@link #with} for many sets of values: the file's sources (for locating mistakes) are read once, not once per
     * set, as an exploration of hundreds of points needs.
     */
    public java.util.function.Function<java.util.Map<String, JsonNode>, LoadedScenario> variations() {
        SourceMap sources = ScenarioLoader.read(file).sources();
        return values -> {
            com.fasterxml.jackson.databind.node.ObjectNode tree =
                    ((com.fasterxml.jackson.databind.node.ObjectNode) parameters).deepCopy();
            values.forEach((path, value) -> Sweep.set(tree, path, value, sources));
            return resolve(file, sha256, new ScenarioLoader.Merged(tree, sources));
        };
    }

    /**
     * {@link #with} for values given outside the scenario file, many sets in turn (eval's lines): each path's mistakes,
     * and those of the fields under it, are located where the path was written ({@code written}), not in the file.
     */
    public java.util.function.BiFunction<java.util.Map<String, JsonNode>, java.util.Map<String, SourceMap.Location>,
            LoadedScenario> locatedVariations() {
        SourceMap sources = ScenarioLoader.read(file).sources();
        return (values, written) -> {
            SourceMap here = sources.with(written);
            com.fasterxml.jackson.databind.node.ObjectNode tree =
                    ((com.fasterxml.jackson.databind.node.ObjectNode) parameters).deepCopy();
            values.forEach((path, value) -> Sweep.set(tree, path, value, here, ""));
            return resolve(file, sha256, new ScenarioLoader.Merged(tree, here));
        };
    }

    /** The file name without its extension, as used in output folder names. */
    public String stem() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * The hash of the merged tree (hex): it changes when any file of the {@code extends} chain changes what the
     * scenario says, where {@link #sha256()} covers the file named only.
     */
    public String mergedSha256() {
        return sha256(parameters.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static String sha256(Path file) {
        try {
            return sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ScenarioException(file + ": cannot be read: " + e.getMessage());
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
