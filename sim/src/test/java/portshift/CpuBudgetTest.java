package portshift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The hang guards themselves: they pass work through, stop a runaway thread and a runaway process. */
class CpuBudgetTest {
    @Test
    void theWorksResultAndFailuresComeThrough() {
        assertThat(CpuBudget.call(Duration.ofSeconds(5), "a sum", () -> 2 + 3)).isEqualTo(5);
        assertThatThrownBy(() -> CpuBudget.run(Duration.ofSeconds(5), "a failing check", () -> assertThat(1).isEqualTo(2)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("expected: 2");
        assertThatThrownBy(() -> CpuBudget.run(Duration.ofSeconds(5), "an exception", () -> {
            throw new IllegalStateException("as thrown");
        })).isExactlyInstanceOf(IllegalStateException.class).hasMessage("as thrown");
    }

    @Test
    void aBusyLoopIsStoppedAfterItsCpuTime() {
        // ends when interrupted, as the guard does, so that it does not spin on after the test
        assertThatThrownBy(() -> CpuBudget.run(Duration.ofSeconds(1), "a loop", () -> {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
            }
        })).isInstanceOf(AssertionError.class).hasMessage("a loop: used more than 1 s of CPU time, ten times or more what it"
                + " needs: stopped as a hang");
    }

    @Test
    void aBusyProcessIsStoppedAfterItsCpuTime() throws Exception {
        Process p = new ProcessBuilder("sh", "-c", "while :; do :; done").start();
        assertThatThrownBy(() -> ProcessBudget.waitFor(p, Duration.ofSeconds(1), "a shell loop"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("a shell loop: used more than 1 s of CPU time");
        assertThat(p.waitFor()).as("killed").isNotZero();
    }

    @Test
    void aProcessThatEndsGivesItsStatus() throws Exception {
        assertThat(ProcessBudget.waitFor(new ProcessBuilder("sh", "-c", "exit 3").start(), Duration.ofSeconds(5), "exit 3"))
                .isEqualTo(3);
    }
}
