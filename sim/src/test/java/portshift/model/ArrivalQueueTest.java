package portshift.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ArrivalQueueTest {

    /** The queue must give loads in the order of a priority queue by (arrival day, id), day by day. */
    @Test
    void loadsComeOutByDayThenIdAsFromAPriorityQueue() {
        Random random = new Random(7);
        ArrivalQueue queue = new ArrivalQueue();
        PriorityQueue<Shipment> reference = new PriorityQueue<>(
                Comparator.comparingLong(Shipment::arrivalDay).thenComparingLong(Shipment::id));
        List<Long> got = new ArrayList<>();
        List<Long> expected = new ArrayList<>();
        long nextId = 0;
        for (long today = 0; today < 400; today++) {
            for (int n = random.nextInt(40); n > 0; n--) {
                // ids are not always added in order: a load sailing on keeps its old id
                long id = random.nextInt(5) == 0 ? random.nextInt((int) nextId + 1) : nextId++;
                Shipment s = new Shipment(id, null, null, Method.CONCEALED_IN_CARGO, 1, today,
                        today + random.nextInt(15));
                queue.add(s);
                reference.add(s);
            }
            Shipment s;
            while ((s = queue.pollDue(today)) != null) {
                got.add(s.id() * 10_000 + s.arrivalDay());
            }
            while (!reference.isEmpty() && reference.peek().arrivalDay() <= today) {
                Shipment r = reference.poll();
                expected.add(r.id() * 10_000 + r.arrivalDay());
            }
        }
        assertThat(got).isNotEmpty().isEqualTo(expected);
        List<Shipment> left = new ArrayList<>();
        queue.addAllTo(left);
        assertThat(left).containsExactlyInAnyOrderElementsOf(reference);
    }
}
