package portshift.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A subcommand of portshift; it prints to the writers of its command line, which tests replace. */
abstract class Subcommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** The command line's standard input. */
    java.io.InputStream in() {
        picocli.CommandLine parent = spec.commandLine().getParent();
        return parent != null && parent.getCommand() instanceof Main main ? main.in() : System.in;
    }
}
