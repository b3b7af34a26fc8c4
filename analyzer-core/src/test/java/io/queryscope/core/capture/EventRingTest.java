package io.queryscope.core.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The ring's slot arithmetic (a multiply instead of a division) must equal the remainder. */
class EventRingTest {

  @Test
  void slotIsTheRemainderForEveryCapacityAndNumber() {
    SplittableRandom random = new SplittableRandom(42);
    int[] capacities = {1, 2, 3, 7, 10, 1_000, 10_000, 65_536, 99_991};
    for (int capacity : capacities) {
      EventRing<Object> ring = new EventRing<>(capacity);
      for (int i = 0; i < 20_000; i++) {
        long number = i < 10_000 ? i : random.nextLong(0, Long.MAX_VALUE);
        assertThat(ring.slot(number))
            .as("%d %% %d", number, ring.capacity())
            .isEqualTo((int) (number % ring.capacity()));
      }
      // Just below and above the point where the multiply stops being exact.
      for (long number = (1L << 52) - 5_000; number < (1L << 52) + 5_000; number++) {
        assertThat(ring.slot(number)).isEqualTo((int) (number % ring.capacity()));
      }
    }
  }

  @Test
  void keepsTheNewestEventsAndCountsTheDropped() {
    EventRing<Integer> ring = new EventRing<>(7);
    for (int i = 0; i < 100; i++) {
      ring.add(i);
    }
    assertThat(ring.snapshot()).containsExactly(93, 94, 95, 96, 97, 98, 99);
    assertThat(ring.dropped()).isEqualTo(93);
  }
}
