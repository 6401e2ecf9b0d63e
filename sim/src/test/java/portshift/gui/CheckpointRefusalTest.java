package portshift.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import javax.swing.JButton;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import portshift.CpuBudget;
import portshift.TestPaths;
import portshift.scenario.LoadedScenario;

/**
 * File > Open refuses what is not a portshift checkpoint, quickly (within a bound on CPU time) and
 * with one line naming the file and the reason, and the run on screen stays as it was.
 */
class CheckpointRefusalTest {
    @TempDir
    File tmp;

    @Test
    void aHashSetBombIsRefusedWithinTwoSecondsOfCpu() throws Exception {
        File file = write("bomb.checkpoint", serialDos(100));
        assertThat(file.length()).isLessThan(1500);
        assertThat(refusal(file)).endsWith("bomb.checkpoint: not a portshift checkpoint: objects nested deeper than 50");
    }

    @Test
    void aShallowHashSetBombIsRefusedToo() throws Exception {
        // 40 levels: within the depth limit, yet hashing it would take hours
        assertThat(refusal(write("shallow.checkpoint", serialDos(40))))
                .endsWith("not a portshift checkpoint: a set or map keyed by collections");
    }

    @Test
    void classesOutsideTheModelAreRefused() throws Exception {
        URL url = new URL("http://example.org/");
        assertThat(refusal(write("url.checkpoint", url))).endsWith("url.checkpoint: not a portshift checkpoint: class java.net.URL is not allowed");
        assertThat(refusal(write("button.checkpoint", new JButton("x")))).endsWith("class javax.swing.JButton is not allowed");
        Map<String, Object> map = new HashMap<>(Map.of("where", url));
        assertThat(refusal(write("map.checkpoint", map))).endsWith("class java.net.URL is not allowed");
    }

    @Test
    void overDeepOrOverLargeStreamsAreRefused() throws Exception {
        List<Object> deep = new ArrayList<>();
        List<Object> inner = deep;
        for (int i = 0; i < 60; i++) {
            List<Object> next = new ArrayList<>();
            inner.add(next);
            inner = next;
        }
        assertThat(refusal(write("deep.checkpoint", deep))).endsWith("objects nested deeper than 50");
        assertThat(refusal(write("array.checkpoint", new double[200_000])))
                .endsWith("an array of 200000 elements (at most 100000)");
        List<byte[]> bulk = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            bulk.add(new byte[90_000]);
        }
        assertThat(refusal(write("bulk.checkpoint", bulk))).endsWith("more than 20 MB of data");
        List<List<Integer>> many = new ArrayList<>();
        for (int i = 0; i < 45_000; i++) {
            many.add(new ArrayList<>(Collections.nCopies(12, 1)));
        }
        // reading half a million objects is honest work: allowed more CPU time than a crafted
        // file (5 s; quiet: 0.28 s)
        assertThat(refusal(write("many.checkpoint", many), 5)).endsWith("more than 500000 objects");
    }

    @Test
    void otherFilesAreRefusedWithAReason() throws Exception {
        File text = new File(tmp, "notes.txt");
        Files.writeString(text.toPath(), "not a checkpoint");
        assertThat(refusal(text)).endsWith("notes.txt: not a portshift checkpoint (Not in GZIP format)");
        assertThat(refusal(write("list.checkpoint", new ArrayList<>(List.of(1, 2)))))
                .endsWith("list.checkpoint: not a portshift checkpoint: it holds a java.util.ArrayList");
        byte[] whole = Files.readAllBytes(write("cut.checkpoint", new ArrayList<>(List.of(1, 2))).toPath());
        File cut = new File(tmp, "cut.checkpoint");
        Files.write(cut.toPath(), Arrays.copyOf(whole, whole.length / 2));
        assertThat(refusal(cut)).contains("cut.checkpoint: ");
    }

    @Test
    void theRefusalPrintsAsOneLine() throws Exception {
        File file = write("url.checkpoint", new URL("http://example.org/"));
        CheckpointReader.Rejected e = catchThrowableOfType(() -> CheckpointReader.read(file), CheckpointReader.Rejected.class);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        e.printStackTrace(new PrintStream(printed, true));
        assertThat(printed.toString().strip()).isEqualTo(e.toString()).doesNotContain("\n").startsWith("cannot open ");
    }

    /** Opens the file in a GUI the way File > Open does, and returns the one line it is refused with. */
    private static String refusal(File file) throws Exception {
        // CPU time (a hang guard); quiet: at most 0.05 s (bulk.checkpoint)
        return refusal(file, 2);
    }

    private static String refusal(File file, int cpuSeconds) throws Exception {
        PortshiftWithUI gui = new PortshiftWithUI(LoadedScenario.load(TestPaths.scenario("baseline.yaml")), 1);
        Object before = gui.state;
        long started = System.nanoTime();
        CheckpointReader.Rejected e = CpuBudget.call(Duration.ofSeconds(cpuSeconds), "refusing " + file.getName(),
                () -> catchThrowableOfType(() -> gui.readNewStateFromCheckpoint(file), CheckpointReader.Rejected.class));
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%.3f s: %s%n", seconds, e);
        assertThat(e).as("refused").isNotNull();
        assertThat(gui.state).isSameAs(before);
        assertThat(e.getMessage()).startsWith("cannot open " + file + ": ").doesNotContain("\n");
        return e.getMessage();
    }

    /** Sets nested in sets, each level sharing two sets with the next (the "SerialDOS" construction). */
    private static Set<Object> serialDos(int levels) {
        Set<Object> root = new HashSet<>();
        Set<Object> s1 = root;
        Set<Object> s2 = new HashSet<>();
        for (int i = 0; i < levels; i++) {
            Set<Object> t1 = new HashSet<>();
            Set<Object> t2 = new HashSet<>();
            t1.add("foo");
            s1.add(t1);
            s1.add(t2);
            s2.add(t1);
            s2.add(t2);
            s1 = t1;
            s2 = t2;
        }
        return root;
    }

    /** Writes an object as MASON writes a checkpoint: gzipped Java serialization. */
    private File write(String name, Object content) throws IOException {
        File file = new File(tmp, name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file.toPath()));
                ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(content);
        }
        return file;
    }
}
