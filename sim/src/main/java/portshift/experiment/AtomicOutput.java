package portshift.experiment;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file written a piece at a time that appears whole or not at all: it is written to a temporary
 * file beside its target, synced to disk, renamed over the target, and the folder is synced, so that
 * a crash or a power cut leaves either the old file or the new one. Closed without
 * {@link #commit()}, it leaves nothing. It keeps a SHA-256 of what was written, which
 * {@link #sealAndCommit()} appends as a last line so that a reader can tell a whole file from a cut one.
 */
public final class AtomicOutput implements Closeable {
    static final String SEAL = "#sha256=";

    private final Path target;
    private final Path tmp;
    private final FileChannel channel;
    private final OutputStream out;
    private final MessageDigest digest;
    private boolean committed;

    private AtomicOutput(Path target) throws IOException {
        ResultPaths.checkFile(target);
        this.target = target;
        Path dir = target.toAbsolutePath().getParent();
        this.tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        // a process stopped by a signal runs its shutdown hooks: then its unfinished files go too
        tmp.toFile().deleteOnExit();
        this.channel = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static AtomicOutput open(Path target) throws IOException {
        return new AtomicOutput(target);
    }

    public void write(String text) throws IOException {
        write(text.getBytes(StandardCharsets.UTF_8));
    }

    public void write(byte[] bytes) throws IOException {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw failed(e);
        }
        digest.update(bytes);
    }

    /** Ends the file with its checksum line, then commits it. */
    public void sealAndCommit() throws IOException {
        write(SEAL + HexFormat.of().formatHex(digest.digest()) + "\n");
        commit();
    }

    /** Syncs the file, renames it over its target and syncs the folder. */
    public void commit() throws IOException {
        try {
            out.flush();
            channel.force(true);
            out.close();
            if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw failed(e);
        }
        committed = true;
        syncFolder(target.toAbsolutePath().getParent());
    }

    /**
     * The failure as one that names the file being written: a full disk says only "No space left on device", and
     * its message must say where.
     */
    private IOException failed(IOException e) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            return e;
        }
        FileSystemException named = new FileSystemException(target.toString(), null,
                e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        named.initCause(e);
        return named;
    }

    /** Makes a rename durable; some file systems cannot sync a folder, and then the rename stands as it is. */
    static void syncFolder(Path dir) {
        try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException e) {
            // not supported here: nothing more can be done
        }
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            // what is still buffered is thrown away, not flushed: on a full disk a flush would only fail again
            try {
                channel.close();
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
