package portshift.scenario;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The bounds of a sweep, checked before any variant is made: axes, values per axis, variants, and the
 * values checked over all variants (variants times the size of one), so that a grid that would take
 * hours or wrap around a counter is a mistake instead. Sizes are multiplied so that they cannot
 * overflow: a product stops growing once it passes its limit.
 */
final class SweepLimits {
    /** Most swept paths. */
    static final int MAX_AXES = 20;
    /** Most values on one path. */
    static final int MAX_AXIS_VALUES = 10_000;
    /** Most variants of one sweep. */
    static final int MAX_VARIANTS = 10_000;
    /** Most values (numbers, texts, entries of maps and lists) checked over all the variants. */
    static final long MAX_VALUES_CHECKED = 20_000_000L;

    private SweepLimits() {
    }

    /** The number of variants; throws every limit the sweep passes. */
    static int check(Map<String, List<JsonNode>> grid, JsonNode tree, SourceMap sources) {
        List<String> problems = new ArrayList<>();
        if (grid.size() > MAX_AXES) {
            problems.add(sources.where("sweep") + ": sweep: expected at most " + MAX_AXES + " paths, found " + grid.size());
        }
        long count = 1;
        long size = nodes(tree, "sweep");
        for (Map.Entry<String, List<JsonNode>> axis : grid.entrySet()) {
            String path = "sweep." + axis.getKey();
            String at = sources.where(path) + ": sweep." + Shown.text(axis.getKey()) + ": ";
            List<JsonNode> values = axis.getValue();
            if (values == null || values.isEmpty()) {
                problems.add(at + "expected a non-empty list of values");
            } else if (values.size() > MAX_AXIS_VALUES) {
                problems.add(at + "expected at most " + MAX_AXIS_VALUES + " values, found " + values.size());
            } else {
                count = Math.min(count * values.size(), MAX_VARIANTS + 1L);
                size += values.stream().mapToLong(v -> nodes(v, null)).max().orElse(0);
            }
        }
        if (count > MAX_VARIANTS) {
            problems.add(sources.where("sweep") + ": sweep: expected at most " + MAX_VARIANTS + " variants, found "
                    + exact(grid) + " (the product of the numbers of values)");
        } else if (count * Math.min(size, MAX_VALUES_CHECKED + 1) > MAX_VALUES_CHECKED) {
            problems.add(sources.where("sweep") + ": sweep: expected at most " + MAX_VALUES_CHECKED + " values checked over all "
                    + "variants, found " + count + " variants of about " + size + " values each; sweep fewer values");
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return (int) count;
    }

    /** The number of variants, or "more than" the largest long when it overflows. */
    private static String exact(Map<String, List<JsonNode>> grid) {
        long product = 1;
        for (List<JsonNode> values : grid.values()) {
            try {
                product = Math.multiplyExact(product, values == null ? 1 : Math.max(1, values.size()));
            } catch (ArithmeticException e) {
                return "more than " + Long.MAX_VALUE;
            }
        }
        return Long.toString(product);
    }

    /** Values in a tree, leaving out one top-level key; counting stops past the limit. */
    static long nodes(JsonNode root, String leaveOut) {
        Deque<JsonNode> todo = new ArrayDeque<>();
        root.fields().forEachRemaining(f -> {
            if (!f.getKey().equals(leaveOut)) {
                todo.push(f.getValue());
            }
        });
        if (root.isArray()) {
            root.elements().forEachRemaining(todo::push);
        }
        long n = 1;
        while (!todo.isEmpty() && n <= MAX_VALUES_CHECKED) {
            JsonNode node = todo.pop();
            n++;
            node.elements().forEachRemaining(todo::push);
        }
        return n;
    }
}
