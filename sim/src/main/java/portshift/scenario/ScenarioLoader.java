package portshift.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a scenario file and the files it {@code extends} (a path relative to the file, inside the
 * folder of the file named), and merges them: maps merge deeply, per-port settings are keyed by port
 * id, lists and scalars replace. The chain is read in a loop, not by recursion, and is bounded in
 * files and bytes before each file is read, so that no chain can exhaust the stack or the memory.
 */
public final class ScenarioLoader {
    /** Most files in one chain of {@code extends}, the file named included. */
    static final int MAX_CHAIN = 32;
    /** Most bytes of all the files of one chain together. */
    static final long MAX_CHAIN_BYTES = 2L * TreeReader.MAX_BYTES;

    private ScenarioLoader() {
    }

    /**
     * A merged tree, where each of its fields was written, and the files of the chain (the file named first, each
     * file then the one it extends; their real paths), when read from files.
     */
    public record Merged(ObjectNode tree, SourceMap sources, List<Path> files) {
        /** A tree changed in memory (a sweep's variant, values set): no files of its own. */
        public Merged(ObjectNode tree, SourceMap sources) {
            this(tree, sources, List.of());
        }
    }

    public static Merged read(Path file) {
        if (!Files.isRegularFile(file)) {
            TreeReader.read(file);
        }
        Path folder = ExtendsPath.folderOf(file);
        List<TreeReader.Read> chain = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        seen.add(realPath(file));
        Path current = file;
        Path from = folder;
        long bytes = 0;
        while (true) {
            bytes += size(current);
            if (!chain.isEmpty() && bytes > MAX_CHAIN_BYTES) {
                throw new ScenarioException(extendsOf(chain) + "the files of this chain together are larger than "
                        + MAX_CHAIN_BYTES + " bytes");
            }
            TreeReader.Read read = TreeReader.read(current);
            chain.add(read);
            JsonNode parent = read.tree().remove("extends");
            if (parent == null) {
                break;
            }
            if (chain.size() == MAX_CHAIN) {
                throw new ScenarioException(extendsOf(chain) + "a chain of extends may hold at most " + MAX_CHAIN
                        + " files; this one is longer");
            }
            Path next = ExtendsPath.resolve(read.sources().where("extends"), parent, from, folder);
            if (!seen.add(next)) {
                throw new ScenarioException(extendsOf(chain) + "inheritance cycle: "
                        + String.join(" -> ", seen.stream().map(p -> shown(folder, p)).toList()) + " -> " + shown(folder, next));
            }
            current = next;
            from = next.getParent();
        }
        return merged(file, chain, List.copyOf(seen));
    }

    /** Merges the files read, the farthest ancestor first, each file over what it extends. */
    private static Merged merged(Path file, List<TreeReader.Read> chain, List<Path> files) {
        SourceMap sources = new SourceMap(file.toString());
        JsonNode tree = null;
        for (int i = chain.size() - 1; i >= 0; i--) {
            TreeReader.Read read = chain.get(i);
            tree = tree == null ? read.tree() : merge(tree, read.tree());
            sources.overlay(read.sources());
        }
        return new Merged((ObjectNode) tree, sources, files);
    }

    /** Where the {@code extends:} of the last file read is, as the start of a mistake. */
    private static String extendsOf(List<TreeReader.Read> chain) {
        return chain.get(chain.size() - 1).sources().where("extends") + ": extends: ";
    }

    private static String shown(Path folder, Path p) {
        return Shown.text(p.startsWith(folder) ? folder.relativize(p).toString() : p.toString());
    }

    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            throw new ScenarioException(file + ": cannot be read: " + e.getMessage());
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new ScenarioException(file + ": cannot be read: " + e.getMessage());
        }
    }

    /** Deep merge: maps merge key by key, anything else in the child replaces the parent's. */
    static JsonNode merge(JsonNode parent, JsonNode child) {
        if (!(parent instanceof ObjectNode p) || !(child instanceof ObjectNode c)) {
            return child;
        }
        ObjectNode out = p.deepCopy();
        Iterator<Map.Entry<String, JsonNode>> fields = c.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            JsonNode existing = out.get(f.getKey());
            out.set(f.getKey(), existing == null ? f.getValue() : merge(existing, f.getValue()));
        }
        return out;
    }
}
