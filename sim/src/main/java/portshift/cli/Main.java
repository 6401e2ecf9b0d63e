package portshift.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import portshift.experiment.Manifest;
import portshift.experiment.OutputFolder;
import portshift.scenario.LoadedScenario;
import portshift.scenario.ScenarioException;

/** The {@code portshift} command and its subcommands. */
@Command(name = "portshift", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Agent-based simulation of cocaine traffic between seaports under changing port controls.")
public final class Main implements Runnable {
    /**
     * The subcommands, in the order the help lists them. Only the one named on the command line is built (picocli reads
     * a command's annotations, fields and help when it is added: a quarter of a second for all of them); with none
     * named, or a name that is none of them, all are, for the help and for the suggestions.
     */
    public static final List<Class<?>> COMMANDS = List.of(CompareCommand.class, BatchCommand.class, RunCommand.class,
            ValidateCommand.class, SchemaCommand.class, ExportMapCommand.class, BenchCommand.class, GuiCommand.class,
            PatternsCommand.class, CalibrateCommand.class, ExploreCommand.class, MatchCommand.class, WorkCommand.class,
            FinishCommand.class, EvalCommand.class, OptimizeCommand.class, BriefCommand.class);

    /**
     * Exit status for mistakes in the user's input (a scenario, an option, an output folder) and for results that
     * cannot be written (a full disk, a folder without permission): one line says which and why.
     */
    public static final int USER_ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** What the commands that read standard input (eval) read. */
    private final InputStream in;

    private Main(InputStream in) {
        this.in = in;
    }

    public static void main(String[] args) {
        // most commands read a scenario: its parsers and binder are readied on the other core while picocli reads the
        // command line (a sixth of a second, once per process)
        Thread prepare = new Thread(Main::prepareScenarios, "portshift-prepare");
        prepare.setDaemon(true);
        prepare.start();
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    private static void prepareScenarios() {
        try {
            LoadedScenario.prepare();
        } catch (RuntimeException e) {
            // nothing to report here: the first scenario loaded meets the same failure, and reports it
        }
    }

    /** Runs the command line and returns the exit status, without exiting. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, System.in, out, err);
    }

    /** Runs the command line with another standard input, and returns the exit status, without exiting. */
    public static int execute(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main(in));
        for (Class<?> command : commandsFor(args)) {
            cli.addSubcommand(command);
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            if (e instanceof ScenarioException s) {
                s.problems().forEach(p -> complain(commandLine, p));
                return USER_ERROR;
            }
            if (e instanceof OutputFolder.OutputException) {
                complain(commandLine, e.getMessage());
                return USER_ERROR;
            }
            if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
                // a file that could not be read or written (a full disk, a folder taken away): the user's to mend
                complain(commandLine, OutputFolder.failure(e));
                return USER_ERROR;
            }
            throw e;
        });
        cli.setParameterExceptionHandler((e, given) -> {
            CommandLine at = e.getCommandLine();
            complain(at, e.getMessage() + " (see portshift " + (at.getParent() == null ? "" : at.getCommandName() + " ")
                    + "--help)");
            return USER_ERROR;
        });
        return cli.execute(args);
    }

    /** The subcommand named first on the command line, or all of them. */
    private static List<Class<?>> commandsFor(String[] args) {
        if (args.length > 0) {
            for (Class<?> command : COMMANDS) {
                if (command.getAnnotation(Command.class).name().equals(args[0])) {
                    return List.of(command);
                }
            }
        }
        return COMMANDS;
    }

    /** One line on standard error; what the user typed is shown with its control characters escaped. */
    private static void complain(CommandLine commandLine, String message) {
        commandLine.getErr().println("portshift: " + Printable.of(message));
    }

    /** The standard input the command line was given. */
    InputStream in() {
        return in;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Prints the program version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"portshift " + Manifest.version() + " (commit " + Manifest.commit() + ")"};
        }
    }
}
