package portshift.gui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of the Console's About tab, from the resource about.html, with its link to the model's
 * description pointed at docs/model.md beside the program when it is there.
 */
final class About {
    private static final String RESOURCE = "/portshift/gui/about.html";

    private About() {
    }

    static String html() {
        try (InputStream in = About.class.getResourceAsStream(RESOURCE)) {
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return html.replace("MODEL_DOC", modelDoc());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** docs/model.md of the checkout the program runs from, as a file URL, or its path in the project. */
    static String modelDoc() {
        try {
            Path jar = Path.of(About.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path dir = jar.getParent(); dir != null; dir = dir.getParent()) {
                Path doc = dir.resolve("docs").resolve("model.md");
                if (Files.isRegularFile(doc)) {
                    return doc.toUri().toString();
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            // no code source (an unusual class loader): fall back to the path in the project
        }
        return "docs/model.md";
    }
}
