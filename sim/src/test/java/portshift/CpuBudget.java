package portshift;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * A hang guard that counts the CPU time of the thread doing the work, never the wall clock. On a
 * machine whose cores are busy a thread waits for its turn: its wall time grows with the load, its
 * CPU time hardly does. So a bound on CPU time stops a loop that would never end, and does not fail
 * correct code because other builds run beside it. The work runs in a thread of its own, so that a
 * runaway is stopped where it is, as JUnit's preemptive timeout would; like JUnit, the runaway thread
 * is interrupted and left to die with the test JVM. It suits work done in that one thread with nothing
 * to wait for (loading a file, a command run in the caller's thread): a thread that waits uses no CPU.
 * <p>
 * Each bound is at least ten times what the work needs on a quiet machine, and the figure is written
 * beside it; run a class with {@code -Dportshift.cpu.report=true} to print what each guarded piece
 * of work used. Child processes are guarded by {@link ProcessBudget}.
 */
public final class CpuBudget {
    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    static final boolean REPORT = Boolean.getBoolean("portshift.cpu.report");
    /** How often the worker's CPU time is read: soon enough to stop a runaway, rarely enough to cost nothing. */
    private static final long POLL_MILLIS = 20;

    private CpuBudget() {
    }

    /** Runs the work and returns its result; fails if its thread uses more CPU time than the budget. */
    public static <T> T call(Duration budget, String what, ThrowingSupplier<T> work) {
        if (!THREADS.isThreadCpuTimeSupported()) {
            throw new IllegalStateException("this JVM cannot measure a thread's CPU time");
        }
        THREADS.setThreadCpuTimeEnabled(true);
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicLong usedNanos = new AtomicLong();
        Thread worker = new Thread(() -> {
            try {
                result.set(work.get());
            } catch (Throwable t) {
                thrown.set(t);
            } finally {
                usedNanos.set(THREADS.getCurrentThreadCpuTime());
            }
        }, "cpu-budget: " + what);
        worker.setDaemon(true);
        worker.start();
        watch(worker, budget, what);
        if (REPORT) {
            System.out.printf("cpu: %.3f s of %d s: %s%n", usedNanos.get() / 1e9, budget.toSeconds(), what);
        }
        Throwable t = thrown.get();
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new AssertionError(what + ": " + t, t);
        }
        return result.get();
    }

    /** Runs the work; fails if its thread uses more CPU time than the budget. */
    public static void run(Duration budget, String what, Executable work) {
        call(budget, what, () -> {
            work.execute();
            return null;
        });
    }

    private static void watch(Thread worker, Duration budget, String what) {
        try {
            while (worker.isAlive()) {
                worker.join(POLL_MILLIS);
                // -1 once the worker has ended between the two calls: it ended within its budget
                long used = THREADS.getThreadCpuTime(worker.getId());
                if (used > budget.toNanos()) {
                    worker.interrupt();
                    throw new AssertionError(String.format("%s: used more than %d s of CPU time, ten times or more what it"
                            + " needs: stopped as a hang", what, budget.toSeconds()));
                }
            }
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw new AssertionError(what + ": interrupted while waiting for the work", e);
        }
    }
}
