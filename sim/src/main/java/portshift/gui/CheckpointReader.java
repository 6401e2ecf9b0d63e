package portshift.gui;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.File;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.InvalidObjectException;
import java.io.ObjectStreamException;
import java.nio.file.Files;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import portshift.model.PortshiftModel;

/**
 * Reads a MASON checkpoint of a portshift run (gzipped Java serialization, as
 * {@code SimState.writeToCheckpoint} writes it) without trusting it: through
 * {@link GuardedObjectInput}, so a crafted or foreign file is refused within moments, with one line
 * saying why, instead of running whatever classes it names or keeping the program busy.
 */
final class CheckpointReader {
    private CheckpointReader() {
    }

    static PortshiftModel read(File file) throws Rejected {
        GuardedObjectInput in = null;
        try (InputStream raw = new Capped(new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file.toPath()))))) {
            in = new GuardedObjectInput(raw);
            Object root = in.readObject();
            if (!(root instanceof PortshiftModel model)) {
                throw new Rejected(file, "not a portshift checkpoint: it holds a " + root.getClass().getName());
            }
            model.awakeFromCheckpoint();
            return model;
        } catch (Rejected e) {
            throw e;
        } catch (InvalidClassException | InvalidObjectException e) {
            String why = in != null && in.reason() != null ? in.reason() : e.getMessage();
            throw new Rejected(file, "not a portshift checkpoint: " + why);
        } catch (ZipException | ObjectStreamException e) {
            throw new Rejected(file, "not a portshift checkpoint (" + e.getMessage() + ")");
        } catch (EOFException e) {
            throw new Rejected(file, "the file is cut short");
        } catch (IOException e) {
            throw new Rejected(file, e.getMessage() != null ? e.getMessage() : e.toString());
        } catch (ClassNotFoundException e) {
            throw new Rejected(file, "not a portshift checkpoint: unknown class " + e.getMessage());
        } catch (StackOverflowError | RuntimeException e) {
            // a collection made to contain itself, or a value the model's own checks refuse
            throw new Rejected(file, "not a portshift checkpoint: " + e);
        }
    }

    /**
     * A checkpoint the GUI refuses to open. It carries no stack trace and prints as its message
     * alone: MASON's Console shows it, and prints its trace to the terminal, as the reason why.
     */
    static final class Rejected extends Exception {
        private static final long serialVersionUID = 1L;

        Rejected(File file, String why) {
            super("cannot open " + file + ": " + why, null, false, false);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }

    /** Stops the unpacked stream at the filter's size limit, so a small gzip bomb cannot fill the memory. */
    private static final class Capped extends FilterInputStream {
        private long left = CheckpointFilter.MAX_BYTES + 1;

        Capped(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                throw tooLarge();
            }
            int b = super.read();
            left -= b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                throw tooLarge();
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            left -= Math.max(n, 0);
            return n;
        }

        private static IOException tooLarge() {
            return new IOException("not a portshift checkpoint: more than " + CheckpointFilter.MAX_BYTES / 1_000_000 + " MB of data");
        }
    }
}
