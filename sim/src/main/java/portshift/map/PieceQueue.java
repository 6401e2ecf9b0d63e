package portshift.map;

import java.util.Arrays;

/**
 * The queue of a lane search: a binary min-heap of (cost, piece) pairs, the cheapest first and, at equal cost, the
 * lower piece number first, so that a search visits the pieces in the same order whatever the platform.
 */
final class PieceQueue {
    private double[] key = new double[1 << 12];
    private int[] item = new int[1 << 12];
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    void clear() {
        size = 0;
    }

    /** The cheapest cost queued. */
    double topCost() {
        return key[0];
    }

    /** The piece queued at the cheapest cost. */
    int topPiece() {
        return item[0];
    }

    void push(double cost, int piece) {
        if (size == key.length) {
            key = Arrays.copyOf(key, 2 * size);
            item = Arrays.copyOf(item, 2 * size);
        }
        int k = size++;
        while (k > 0) {
            int p = (k - 1) >>> 1;
            if (!less(cost, piece, key[p], item[p])) {
                break;
            }
            key[k] = key[p];
            item[k] = item[p];
            k = p;
        }
        key[k] = cost;
        item[k] = piece;
    }

    /** Removes the cheapest pair. */
    void pop() {
        double last = key[--size];
        int lastItem = item[size];
        int k = 0;
        while (true) {
            int child = 2 * k + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && less(key[child + 1], item[child + 1], key[child], item[child])) {
                child++;
            }
            if (!less(key[child], item[child], last, lastItem)) {
                break;
            }
            key[k] = key[child];
            item[k] = item[child];
            k = child;
        }
        key[k] = last;
        item[k] = lastItem;
    }

    private static boolean less(double cost, int piece, double otherCost, int otherPiece) {
        return cost < otherCost || (cost == otherCost && piece < otherPiece);
    }
}
