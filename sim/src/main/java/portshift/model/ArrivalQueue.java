package portshift.model;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The loads due at one port, first by arrival day, then by shipment id, so that runs are
 * reproducible: a binary heap that keeps each load's day and id beside it, so that ordering reads
 * two arrays rather than every load it passes. Ids are unique, so the order is total and any heap
 * gives the same sequence of loads.
 */
final class ArrivalQueue implements Serializable {
    private static final long serialVersionUID = 1L;

    private Shipment[] loads = new Shipment[16];
    private long[] days = new long[16];
    private long[] ids = new long[16];
    private int size;

    void add(Shipment s) {
        if (size == loads.length) {
            loads = Arrays.copyOf(loads, size * 2);
            days = Arrays.copyOf(days, size * 2);
            ids = Arrays.copyOf(ids, size * 2);
        }
        long day = s.arrivalDay();
        long id = s.id();
        int k = size++;
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            if (!before(day, id, parent)) {
                break;
            }
            put(k, loads[parent], days[parent], ids[parent]);
            k = parent;
        }
        put(k, s, day, id);
    }

    /** The first load if it is due by today (and removes it), or null. */
    Shipment pollDue(long today) {
        if (size == 0 || days[0] > today) {
            return null;
        }
        Shipment first = loads[0];
        int last = --size;
        Shipment s = loads[last];
        long day = days[last];
        long id = ids[last];
        loads[last] = null;
        int k = 0;
        int half = size >>> 1;
        while (k < half) {
            int child = 2 * k + 1;
            if (child + 1 < size && before(days[child + 1], ids[child + 1], child)) {
                child++;
            }
            if (!before(days[child], ids[child], day, id)) {
                break;
            }
            put(k, loads[child], days[child], ids[child]);
            k = child;
        }
        if (size > 0) {
            put(k, s, day, id);
        }
        return first;
    }

    /** Adds every queued load to the list, in no particular order. */
    void addAllTo(List<Shipment> list) {
        for (int k = 0; k < size; k++) {
            list.add(loads[k]);
        }
    }

    private boolean before(long day, long id, int k) {
        return day < days[k] || day == days[k] && id < ids[k];
    }

    private static boolean before(long day, long id, long otherDay, long otherId) {
        return day < otherDay || day == otherDay && id < otherId;
    }

    private void put(int k, Shipment s, long day, long id) {
        loads[k] = s;
        days[k] = day;
        ids[k] = id;
    }
}
