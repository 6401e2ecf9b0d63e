package portshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import portshift.ProcessBudget;
import portshift.TestPaths;

/**
 * Results stay inside --out and replace only files: an --out, or a file in it, that is a device, a FIFO or a socket
 * is refused in one line and left as it was, and so is a folder inside --out that is a symbolic link (its target is
 * neither written to nor emptied); a link to a file is replaced by the result, its target left alone.
 */
class OutputsInsideTest {
    @TempDir
    Path tmp;

    private final StringWriter err = new StringWriter();

    private int portshift(String... args) {
        err.getBuffer().setLength(0);
        return Main.execute(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    }

    @Test
    void exportMapNeverReplacesADeviceAFifoOrASocket() throws Exception {
        List<Path> specials = new ArrayList<>(List.of(fifo(tmp.resolve("fifo")), socket(tmp.resolve("socket"))));
        if ("root".equals(System.getProperty("user.name"))) {
            // the node of /dev/full (character device 1, 7), made here rather than risking the system's own
            specials.add(command("mknod", tmp.resolve("full").toString(), "c", "1", "7"));
        } else {
            System.out.println("outputs: not root, so no device node is made; the FIFO and the socket are tried");
        }
        List<String> before = listing(tmp);
        for (Path special : specials) {
            String kind = kind(special);
            assertThat(portshift("export-map", TestPaths.scenario("baseline.yaml").toString(), "--out",
                    special.toString())).as(kind).isEqualTo(2);
            assertOneLine(kind);
            assertThat(err.toString()).contains("neither a file nor a folder");
            assertThat(kind(special)).as("still there as it was").isEqualTo(kind);
        }
        assertThat(listing(tmp)).as("nothing written beside them").isEqualTo(before);
    }

    @Test
    void anOutputFolderThatIsAFifoOrHoldsOneIsRefusedBeforeAnyRun() throws Exception {
        Path scenario = shortBaseline();
        Path fifo = fifo(tmp.resolve("out-fifo"));
        assertThat(portshift("run", scenario.toString(), "--out", fifo.toString())).isEqualTo(2);
        assertOneLine("--out a FIFO");
        assertThat(kind(fifo)).isEqualTo("fifo");

        Path out = Files.createDirectories(tmp.resolve("out"));
        fifo(out.resolve("runs.csv"));
        assertThat(portshift("run", scenario.toString(), "--out", out.toString())).isEqualTo(2);
        assertOneLine("a FIFO in --out");
        assertThat(err.toString()).contains("runs.csv");
        assertThat(kind(out.resolve("runs.csv"))).isEqualTo("fifo");
        assertThat(out.resolve("ports.csv")).doesNotExist();
    }

    @Test
    void foldersInsideOutThatAreLinksAreRefusedAndTheirTargetsLeftAlone() throws Exception {
        ShortCompare c = new ShortCompare(tmp);
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve(".kept.tmp"), "a file of someone else's that resume would remove");
        for (String folder : List.of("shards", "figures", "slurm-logs")) {
            Path out = Files.createDirectories(tmp.resolve("out-" + folder));
            Files.createSymbolicLink(out.resolve(folder), elsewhere);
            String[] args = folder.equals("slurm-logs") ? c.compare("--plan-only", "--out", out.toString())
                    : c.compare("-q", "--out", out.toString());
            assertThat(c.portshift(args)).as(folder).isEqualTo(2);
            assertThat(c.err.toString().lines()).as(folder + ": " + c.err).hasSize(1)
                    .allMatch(l -> l.startsWith("portshift: ") && l.contains("symbolic link to a folder"));
            assertThat(listing(elsewhere)).as(folder).containsExactly(".kept.tmp");
        }

        Files.copy(TestPaths.root().resolve("sim/src/test/resources/portshift/model/tiny-world.yaml"),
                tmp.resolve("tiny-world.yaml"));
        Path out = Files.createDirectories(tmp.resolve("out-optimize"));
        Files.createSymbolicLink(out.resolve("runs"), elsewhere);
        assertThat(portshift("optimize", tmp.resolve("tiny-world.yaml").toString(), "--scanners", "1", "--ports",
                "NORTH,SOUTH", "-q", "--out", out.toString())).isEqualTo(2);
        assertOneLine("optimize");
        assertThat(listing(elsewhere)).as("a new search empties runs/: not through a link").containsExactly(".kept.tmp");
    }

    @Test
    void aFileInsideOutThatIsALinkIsReplacedAndItsTargetLeftAlone() throws Exception {
        Path target = Files.writeString(tmp.resolve("precious.csv"), "not a result");
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.createSymbolicLink(out.resolve("runs.csv"), target);
        assertThat(portshift("run", shortBaseline().toString(), "--out", out.toString())).as(err.toString()).isZero();
        assertThat(Files.isSymbolicLink(out.resolve("runs.csv"))).isFalse();
        assertThat(Files.readString(target)).isEqualTo("not a result");
    }

    private Path shortBaseline() throws IOException {
        Path file = tmp.resolve("baseline.yaml");
        if (!Files.exists(file)) {
            Files.writeString(file, Files.readString(TestPaths.scenario("baseline.yaml")).replace("days: 2190", "days: 400"));
        }
        return file;
    }

    private void assertOneLine(String context) {
        assertThat(err.toString().lines()).as(context + ": " + err).hasSize(1).allMatch(l -> l.startsWith("portshift: "));
        assertThat(err.toString()).as(context).doesNotContain("Exception");
    }

    private static Path fifo(Path p) throws Exception {
        return command("mkfifo", p.toString());
    }

    private static Path socket(Path p) throws IOException {
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(p));
        }
        return p;
    }

    private static Path command(String... args) throws Exception {
        Process process = new ProcessBuilder(args).inheritIO().start();
        // CPU time for mkfifo or mknod (a hang guard). Quiet: a millisecond
        assertThat(ProcessBudget.waitFor(process, Duration.ofSeconds(30), String.join(" ", args))).isZero();
        return Path.of(args[1]);
    }

    /** What is at a path, without following a link: "file", "folder", "link", "fifo", "socket" or "device". */
    private static String kind(Path p) throws IOException {
        if (Files.isSymbolicLink(p)) {
            return "link";
        }
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
            return "file";
        }
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            return "folder";
        }
        int mode = (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
        return switch (mode & 0170000) {
            case 0010000 -> "fifo";
            case 0140000 -> "socket";
            default -> "device";
        };
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
