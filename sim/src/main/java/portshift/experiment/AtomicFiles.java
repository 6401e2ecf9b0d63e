package portshift.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Writes a file whole or not at all (see {@link AtomicOutput}). */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    public static void write(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        try (AtomicOutput out = AtomicOutput.open(target)) {
            out.write(bytes);
            out.commit();
        }
    }
}
