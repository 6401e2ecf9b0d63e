package portshift.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A shard's rows, trusted only when whole and made for the run asked about. A shard ends with a line naming the run it
 * was made for (its plan's hash, its scenario's hash and its seed: {@link #identity}), then the SHA-256 of everything
 * before (written by {@link AtomicOutput#sealAndCommit()}). One that is missing, cut short or changed reads as
 * {@link State#MISSING}; one made for another plan, another scenario or another seed (copied in from another folder,
 * or left by an earlier plan of the same files) as {@link State#FOREIGN}.
 */
final class ShardFile {
    private static final String RUN = "#run ";

    /** What a shard file holds. */
    enum State {
        WHOLE, MISSING, FOREIGN
    }

    /** A shard read: its state, and its rows (without the last two lines) when whole. */
    record Read(State state, String rows) {
        boolean whole() {
            return state == State.WHOLE;
        }
    }

    private ShardFile() {
    }

    /**
     * The line that ties a shard to its run: the plan's hash (plan.json's SHA-256), the hash of the run's scenario as
     * merged (the variant's whole tree, what it extends included) and the run's seed.
     */
    static String identity(String planSha256, String scenarioSha256, long seed) {
        return RUN + "plan=" + planSha256 + " scenario=" + scenarioSha256 + " seed=" + seed + "\n";
    }

    /** The shard's rows when it is whole and ends with this identity; otherwise why not. */
    static Read read(Path file, String identity) {
        String text = sealed(file);
        if (text == null) {
            return new Read(State.MISSING, null);
        }
        int run = text.lastIndexOf(RUN);
        if (run < 0 || (run > 0 && text.charAt(run - 1) != '\n') || !text.substring(run).equals(identity)) {
            return new Read(State.FOREIGN, null);
        }
        return new Read(State.WHOLE, text.substring(0, run));
    }

    /** Everything before the checksum line, or null if the file is missing or not whole. */
    private static String sealed(Path file) {
        byte[] bytes;
        try {
            // a link is never trusted as a shard: it is run again, and the link replaced by a file
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
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

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
