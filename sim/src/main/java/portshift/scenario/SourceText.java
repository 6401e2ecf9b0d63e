package portshift.scenario;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A scenario file's bytes as text. Files are UTF-8; a byte that is not is reported at its own line
 * and column (the parsers would report the start of the file), and nothing after it is read.
 */
final class SourceText {
    private SourceText() {
    }

    /** The text of the file, without a leading byte-order mark. */
    static String decode(byte[] bytes, String file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        String text = out.flip().toString();
        if (result.isError()) {
            throw new ScenarioException(file + ":" + where(text) + ": not valid UTF-8: byte 0x"
                    + String.format("%02X", bytes[in.position()] & 0xff) + " here; save the file as UTF-8");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Line and column, counted from 1, just after the given text. */
    private static String where(String before) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < before.length(); i++) {
            if (before.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return line + ":" + (before.codePointCount(lineStart, before.length()) + 1);
    }
}
