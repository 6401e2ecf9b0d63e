package portshift.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

class ConcurrentlyTest {
    @Test
    void everyPieceIsDoneOnceWhateverTheThreads() {
        for (int threads : new int[] {1, 2, 5}) {
            ConcurrentHashMap<Integer, Integer> done = new ConcurrentHashMap<>();
            List<Runnable> pieces = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int piece = i;
                pieces.add(() -> done.merge(piece, 1, Integer::sum));
            }
            Concurrently.run(threads, pieces);
            assertThat(done).hasSize(20).allSatisfy((piece, times) -> assertThat(times).isEqualTo(1));
        }
    }

    @Test
    void resultsComeInThePiecesOrderWhateverTheThreadsAndTheOrderTheyEndIn() {
        for (int threads : new int[] {1, 2, 5}) {
            CountDownLatch lastEnded = new CountDownLatch(1);
            List<Supplier<Integer>> work = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int piece = i;
                work.add(() -> {
                    if (piece == 19) {
                        lastEnded.countDown();
                    } else if (piece == 0 && threads > 1) {
                        // the first ends after the last has: its result still comes first
                        await(lastEnded);
                    }
                    return piece * piece;
                });
            }
            List<Integer> squares = Concurrently.map(threads, work);
            assertThat(squares).hasSize(20).startsWith(0, 1, 4).endsWith(361);
            for (int i = 0; i < 20; i++) {
                assertThat(squares.get(i)).isEqualTo(i * i);
            }
        }
    }

    @Test
    void theFirstFailureInThePiecesOrderIsRethrownAsItWasAfterAllHaveEnded() {
        CountDownLatch laterFailed = new CountDownLatch(1);
        List<String> ended = new ArrayList<>();
        List<Runnable> pieces = List.of(
                () -> {
                    // fails after the later piece has failed: still the one rethrown
                    await(laterFailed);
                    throw new IllegalArgumentException("first");
                },
                () -> {
                    laterFailed.countDown();
                    throw new IllegalStateException("second");
                },
                () -> {
                    synchronized (ended) {
                        ended.add("third");
                    }
                });
        assertThatThrownBy(() -> Concurrently.run(2, pieces)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("first");
        assertThat(ended).containsExactly("third");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(60, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
