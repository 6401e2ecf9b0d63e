package portshift.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import portshift.scenario.SchemaGenerator;

/** {@code portshift schema}: prints the JSON Schema of scenario files, or their field reference. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema of scenario files (as in scenarios/schema.json), or with --reference "
                + "the field reference table of docs/scenarios.md.")
final class SchemaCommand implements Callable<Integer> {
    @Option(names = "--reference", description = "print the field reference as a Markdown table")
    boolean reference;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(reference ? SchemaGenerator.referenceMarkdown() : SchemaGenerator.schemaJson());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
