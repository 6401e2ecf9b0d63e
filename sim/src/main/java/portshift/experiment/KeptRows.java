package portshift.experiment;

import java.util.List;

/**
 * A port shard's rows kept in memory as read and checked, with their parsed form made at most once: the outcomes, the
 * time series and the figures of a batch all read the same rows, on whichever threads do their work.
 */
final class KeptRows {
    private final String text;
    private List<ResultReader.PortRow> parsed;

    KeptRows(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    synchronized List<ResultReader.PortRow> parsed() {
        if (parsed == null) {
            parsed = List.copyOf(ResultReader.portRows(text));
        }
        return parsed;
    }
}
