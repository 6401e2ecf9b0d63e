package portshift.cli;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import portshift.brief.Brief;
import portshift.brief.BriefPage;
import portshift.brief.BriefReader;
import portshift.experiment.OutputFolder;

/** {@code portshift brief RESULTS...}: one self-contained HTML page of a comparison, for a meeting. */
@Command(name = "brief", mixinStandardHelpOptions = true,
        description = "Write one self-contained HTML page (figures embedded, nothing fetched; prints on A4) from the "
                + "results folder of a compare and, if given, of an explore and of a compare --worlds: the question, "
                + "the answer in words with percentages, every outcome's change with its 95%% CI and whether it is "
                + "better or worse, the status quo when compare ran one (--status-quo), the displacement map, the "
                + "answer across the declared ranges and the plausible worlds beside the single-world one, what drives "
                + "it, and the sources. compare writes brief.html itself.")
final class BriefCommand extends Subcommand {
    @Parameters(arity = "1..3", paramLabel = "RESULTS", description = "results folders: one of compare, and at most one "
            + "of explore and one of compare --worlds (or explore --worlds)")
    List<Path> results;

    @Option(names = "--out", paramLabel = "FILE", description = "the page to write (default: brief.html in the compare's "
            + "folder)")
    Path out;

    @Override
    public Integer call() {
        Brief brief = BriefReader.read(results);
        Path file = out != null ? out : BriefReader.compareFolder(results).resolve("brief.html");
        OutputFolder.prepareFile(file);
        OutputFolder.writeWhole(file, BriefPage.html(brief), "the brief");
        out().println("brief of " + brief.b() + " against " + brief.a() + " in " + Printable.of(file.toString()));
        return 0;
    }
}
