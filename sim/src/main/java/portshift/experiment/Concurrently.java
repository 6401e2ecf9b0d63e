package portshift.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Independent pieces of work, such as the files and figures written after a batch of runs or the runs of a pattern,
 * done on a few threads. Each piece writes files of its own, or returns its result, so that what comes out does not
 * depend on the threads; a failure is rethrown as it was raised, the first in the pieces' order, after all have ended.
 */
public final class Concurrently {
    private Concurrently() {
    }

    /**
     * The results of independent pieces of work, in the pieces' order whatever the threads; a failure as
     * {@link #run} rethrows it.
     */
    public static <T> List<T> map(int threads, List<? extends Supplier<? extends T>> work) {
        List<T> out = new ArrayList<>(Collections.nCopies(work.size(), null));
        List<Runnable> pieces = new ArrayList<>();
        for (int i = 0; i < work.size(); i++) {
            int k = i;
            // distinct slots of a list of fixed size: no piece sees another's, and all are seen once run returns
            pieces.add(() -> out.set(k, work.get(k).get()));
        }
        run(threads, pieces);
        return out;
    }

    public static void run(int threads, List<Runnable> pieces) {
        if (threads <= 1 || pieces.size() <= 1) {
            pieces.forEach(Runnable::run);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, pieces.size()), r -> {
            Thread t = new Thread(r, "portshift-output");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Runnable piece : pieces) {
                futures.add(pool.submit(piece));
            }
            Throwable first = null;
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    first = first == null ? e.getCause() : first;
                }
            }
            if (first instanceof RuntimeException r) {
                throw r;
            }
            if (first instanceof Error e) {
                throw e;
            }
            if (first != null) {
                throw new IllegalStateException(first);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }
}
