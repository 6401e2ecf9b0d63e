package portshift.experiment;

import java.util.List;

/**
 * A port shard's rows kept in memory as read and checked. A command that reads them several times (compare: the
 * outcomes, the time series and the figures, on whichever threads do their work) asks for their parsed form to be
 * kept too, so that they are parsed once; the parsed rows take about 1.6 times the text's memory, which a command
 * that reads them once (an exploration) does not spend.
 */
final class KeptRows {
    private final String text;
    private boolean keepParsed;
    private List<ResultReader.PortRow> parsed;

    KeptRows(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    /** From now on, keeps the rows once parsed. */
    synchronized void keepParsed() {
        keepParsed = true;
    }

    synchronized List<ResultReader.PortRow> parsed() {
        if (parsed != null) {
            return parsed;
        }
        List<ResultReader.PortRow> rows = List.copyOf(ResultReader.portRows(text));
        if (keepParsed) {
            parsed = rows;
        }
        return rows;
    }
}
