package portshift.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An experiment split into array tasks ({@code job.json} in its folder): the command line that plans it, how many
 * tasks share its runs, and the folder the command line was given in (its paths are relative to it). Run i of the
 * plan belongs to task i mod {@code tasks}, so that every task gets runs of every scenario.
 *
 * @param argv    the experiment's command line, without the options that the array itself sets
 * @param tasks   the array tasks
 * @param workdir the working folder of that command line
 */
public record ArrayJob(List<String> argv, int tasks, Path workdir) {
    public static final String FILE = "job.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * The options an array sets for itself, each followed by its value; they are left out of the stored line, as are
     * those its steps add (a match's merge plans the next wave from its own command line).
     */
    private static final Set<String> OWN_WITH_VALUE = Set.of("--out", "--resume", "--threads", "--tasks",
            "--array-task");
    private static final Set<String> OWN_FLAGS = Set.of("--plan-only", "-q", "--quiet", "--merge-only");

    /** The command line without the array's own options (given as "--opt value" or "--opt=value"). */
    public static List<String> stored(List<String> argv) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < argv.size(); i++) {
            String a = argv.get(i);
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            if (OWN_WITH_VALUE.contains(name)) {
                i += a.contains("=") ? 0 : 1;
            } else if (!OWN_FLAGS.contains(a)) {
                out.add(a);
            }
        }
        return List.copyOf(out);
    }

    /** The array task that runs plan entry {@code run}. */
    public int taskOf(int run) {
        return run % tasks;
    }

    /** The array tasks that own any of these plan entries, in order. */
    public Set<Integer> tasksOf(List<Task> runs) {
        Set<Integer> out = new TreeSet<>();
        runs.forEach(t -> out.add(taskOf(t.index())));
        return out;
    }

    public void write(Path dir) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.putArray("argv").addAll(argv.stream().map(JSON.getNodeFactory()::textNode).toList());
        root.put("tasks", tasks);
        root.put("workdir", workdir.toString());
        AtomicFiles.write(dir.resolve(FILE), JSON.writeValueAsString(root) + "\n");
    }

    /** The job of a folder planned with --plan-only; a clear error if there is none or it is damaged. */
    public static ArrayJob read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new OutputFolder.OutputException(dir + ": holds no " + FILE + "; plan the experiment first with "
                    + "--plan-only --out " + dir);
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            List<String> argv = new ArrayList<>();
            root.get("argv").forEach(a -> argv.add(a.asText()));
            int tasks = root.get("tasks").asInt();
            if (argv.isEmpty() || tasks < 1) {
                throw new IOException("no command or no tasks");
            }
            return new ArrayJob(List.copyOf(argv), tasks, Path.of(root.get("workdir").asText()));
        } catch (IOException | RuntimeException e) {
            throw new OutputFolder.OutputException(file + ": damaged (" + e.getMessage() + "); plan the experiment "
                    + "again into a new folder");
        }
    }
}
