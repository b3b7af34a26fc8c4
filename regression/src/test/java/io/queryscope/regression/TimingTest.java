package io.queryscope.regression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimingTest {

  @Test
  void medianAndMedianAbsoluteDeviationShrugOffOneSlowRun() {
    Timing timing = Timing.of(List.of(10.0, 11.0, 9.0, 10.5, 95.0));
    assertThat(timing.medianMs()).isEqualTo(10.5);
    assertThat(timing.madMs()).isEqualTo(0.5);
    assertThat(timing.runs()).isEqualTo(5);
  }

  @Test
  void evenNumberOfRunsAveragesTheMiddleTwo() {
    assertThat(Timing.of(List.of(4.0, 1.0, 3.0, 2.0)).medianMs()).isEqualTo(2.5);
  }
}
