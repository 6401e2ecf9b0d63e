package portshift.optimize;

import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;

/**
 * Scanners and officers added at each candidate port, whole numbers, in the order of the candidates.
 *
 * @param ports    the candidate ports' ids
 * @param scanners scanners added at each
 * @param officers officers added at each
 */
public record Allocation(List<String> ports, int[] scanners, int[] officers) {
    public Allocation {
        ports = List.copyOf(ports);
        scanners = scanners.clone();
        officers = officers.clone();
        if (scanners.length != ports.size() || officers.length != ports.size()) {
            throw new IllegalArgumentException("one count per port expected");
        }
    }

    /** Nothing added anywhere. */
    public static Allocation none(List<String> ports) {
        return new Allocation(ports, new int[ports.size()], new int[ports.size()]);
    }

    /** The same with more scanners and officers at one port. */
    public Allocation plus(int port, int moreScanners, int moreOfficers) {
        int[] s = scanners.clone();
        int[] o = officers.clone();
        s[port] += moreScanners;
        o[port] += moreOfficers;
        return new Allocation(ports, s, o);
    }

    public int totalScanners() {
        return Arrays.stream(scanners).sum();
    }

    public int totalOfficers() {
        return Arrays.stream(officers).sum();
    }

    /** A short text such as "ANTWERP +3 scanners +40 officers; ROTTERDAM +1 scanner", or "nothing added". */
    public String label() {
        StringJoiner out = new StringJoiner("; ");
        for (int i = 0; i < ports.size(); i++) {
            if (scanners[i] == 0 && officers[i] == 0) {
                continue;
            }
            StringBuilder b = new StringBuilder(ports.get(i));
            if (scanners[i] != 0) {
                b.append(" +").append(scanners[i]).append(scanners[i] == 1 ? " scanner" : " scanners");
            }
            if (officers[i] != 0) {
                b.append(" +").append(officers[i]).append(officers[i] == 1 ? " officer" : " officers");
            }
            out.add(b);
        }
        return out.length() == 0 ? "nothing added" : out.toString();
    }

    /** A compact, file-name-safe key: the counts in port order, as "s3.0.1-o40.0.0". */
    public String key() {
        return "s" + join(scanners) + "-o" + join(officers);
    }

    /** The allocation a key names, over the given ports (the inverse of {@link #key()}). */
    public static Allocation fromKey(List<String> ports, String key) {
        String[] parts = key.split("-o", 2);
        if (parts.length != 2 || !parts[0].startsWith("s")) {
            throw new IllegalArgumentException("not an allocation key: " + key);
        }
        return new Allocation(ports, counts(parts[0].substring(1), ports.size()), counts(parts[1], ports.size()));
    }

    private static int[] counts(String joined, int n) {
        String[] cells = joined.split("\\.");
        if (cells.length != n) {
            throw new IllegalArgumentException("expected " + n + " counts, found " + joined);
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = Integer.parseInt(cells[i]);
        }
        return out;
    }

    private static String join(int[] counts) {
        StringJoiner j = new StringJoiner(".");
        for (int c : counts) {
            j.add(Integer.toString(c));
        }
        return j.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Allocation a && ports.equals(a.ports) && Arrays.equals(scanners, a.scanners)
                && Arrays.equals(officers, a.officers);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * ports.hashCode() + Arrays.hashCode(scanners)) + Arrays.hashCode(officers);
    }

    @Override
    public String toString() {
        return label();
    }
}
