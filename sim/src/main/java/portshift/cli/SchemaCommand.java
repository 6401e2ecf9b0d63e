package portshift.cli;

import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import portshift.scenario.LoadedScenario;
import portshift.scenario.FieldReference;
import portshift.scenario.SchemaGenerator;

/** {@code portshift schema}: prints the JSON Schema of scenario files, or their field reference. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema of scenario files (as in scenarios/schema.json), or with --reference "
                + "the field reference table of docs/scenarios.md.")
final class SchemaCommand extends Subcommand {
    @Option(names = "--reference", description = "print the field reference as a Markdown table")
    boolean reference;

    @Option(names = "--defaults", paramLabel = "FILE", defaultValue = "scenarios/baseline.yaml",
            description = "with --reference: the scenario whose values are shown as defaults (default: ${DEFAULT-VALUE})")
    Path defaults;

    @Override
    public Integer call() {
        out().print(reference
                ? FieldReference.referenceMarkdown(LoadedScenario.load(defaults).parameters())
                : SchemaGenerator.schemaJson());
        out().flush();
        return 0;
    }
}
