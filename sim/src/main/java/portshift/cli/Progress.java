package portshift.cli;

import java.util.function.IntConsumer;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on stderr (runs done, runs left, time left) when attached to a terminal. */
final class Progress implements IntConsumer, AutoCloseable {
    private final ProgressBar bar;

    Progress(int total, boolean quiet) {
        bar = quiet || System.console() == null ? null
                : new ProgressBarBuilder().setTaskName("runs").setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                        .setUpdateIntervalMillis(250).continuousUpdate().showSpeed().build();
    }

    @Override
    public void accept(int done) {
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
