package portshift.optimize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import portshift.experiment.AtomicFiles;
import portshift.experiment.OutputFolder;
import portshift.experiment.ResultPaths;

/**
 * The folder of a search: {@code search.txt}, what the search is (every setting that changes its runs), and
 * {@code runs/}, each allocation's runs. A resumed search must be the same one; a new search starts from no runs.
 */
public final class SearchFolder {
    private SearchFolder() {
    }

    /**
     * @param plan   what the search is, as text
     * @param resume whether to reuse the runs kept (the plan must then be the one recorded)
     * @return the folder of the kept runs
     */
    public static Path prepare(Path dir, String plan, boolean resume) throws IOException {
        Path planFile = dir.resolve("search.txt");
        Path store = dir.resolve("runs");
        if (resume) {
            if (!Files.isRegularFile(planFile) || !Files.readString(planFile).equals(plan)) {
                throw new OutputFolder.OutputException(dir + ": --resume: holds no search, or another one (search.txt "
                        + "differs); run without --resume or choose another --out");
            }
        } else if (Files.isDirectory(ResultPaths.folder(store))) {
            try (var files = Files.list(store)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
        }
        ResultPaths.folder(store);
        AtomicFiles.write(planFile, plan);
        return store;
    }
}
