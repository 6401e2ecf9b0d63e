package portshift.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
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

    /** Loads a scenario; any mistake in it is a {@link ScenarioException} with a one-line message. */
    public static LoadedScenario load(Path file) {
        ScenarioLoader loader = new ScenarioLoader();
        JsonNode tree = loader.tree(file, new ArrayList<>());
        Scenario scenario = loader.bind(file, tree);
        ModelConfig config = new ScenarioResolver(file.toString()).resolve(scenario);
        return new LoadedScenario(file, sha256(file), tree, scenario, config);
    }

    /** The file name without its extension, as used in output folder names. */
    public String stem() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new ScenarioException(file + ": cannot be read: " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
