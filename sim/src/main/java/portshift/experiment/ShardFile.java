package portshift.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A shard's rows, trusted only when whole: a shard ends with the SHA-256 of its rows (written by
 * {@link AtomicOutput#sealAndCommit()}), and one that is missing, cut short or changed reads as absent.
 */
final class ShardFile {
    private ShardFile() {
    }

    /** The shard's rows without the checksum line, or null if the file is missing or not whole. */
    static String read(Path file) {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        int seal = text.lastIndexOf(AtomicOutput.SEAL);
        if (seal < 0 || (seal > 0 && text.charAt(seal - 1) != '\n') || !text.endsWith("\n")) {
            return null;
        }
        String rows = text.substring(0, seal);
        String expected = text.substring(seal + AtomicOutput.SEAL.length(), text.length() - 1);
        return expected.equals(sha256(rows.getBytes(StandardCharsets.UTF_8))) ? rows : null;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
