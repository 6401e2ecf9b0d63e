package portshift.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * eval's input as bytes: a whole input, or JSON lines one at a time as they arrive (a line ends at LF; a CR before it
 * is dropped). Neither holds more than {@link JsonInput#MAX_BYTES} and one byte of a line: the rest of a longer one is
 * read past, so that {@link JsonInput} refuses it for its length and the next line is read.
 */
final class JsonLines {
    /** One line: its number, from 1, and its bytes (at most one byte more than the limit). */
    record Line(int number, byte[] bytes) {
    }

    private final InputStream in;
    private int read;
    private boolean ended;

    JsonLines(InputStream in) {
        this.in = in;
    }

    /** The next line, or null at the end of the input; an empty last line (after the final LF) is no line. */
    Line next() throws IOException {
        if (ended) {
            return null;
        }
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (line.size() <= JsonInput.MAX_BYTES) {
                line.write(b);
            }
        }
        if (b < 0) {
            ended = true;
            if (line.size() == 0) {
                return null;
            }
        }
        byte[] bytes = line.toByteArray();
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r' && bytes.length <= JsonInput.MAX_BYTES) {
            bytes = java.util.Arrays.copyOf(bytes, bytes.length - 1);
        }
        return new Line(++read, bytes);
    }

    /** The lines read so far. */
    int read() {
        return read;
    }

    /** A whole input, up to one byte more than the limit (the rest is not read: it is refused for its length). */
    static byte[] whole(InputStream in) throws IOException {
        return in.readNBytes(JsonInput.MAX_BYTES + 1);
    }
}
