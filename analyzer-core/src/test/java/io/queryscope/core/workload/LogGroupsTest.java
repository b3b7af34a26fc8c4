package io.queryscope.core.workload;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.events.CutText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogGroupsTest {

  @Test
  void textsAreKeptWholeWhileTheBudgetLastsThenCutWithTheMark() {
    LogGroups<Object> groups = new LogGroups<>();
    String half = "s".repeat((int) (LogGroups.TEXT_BUDGET / 2));

    assertThat(groups.keep(half)).isSameAs(half);
    assertThat(groups.keep(half)).isSameAs(half);
    String cut = groups.keep(half);

    assertThat(cut).hasSizeLessThan(LogGroups.CUT_CHARS + 40);
    assertThat(CutText.isCut(cut)).isTrue();
    // A replaced text gives its share back.
    assertThat(groups.replace(half, half)).isSameAs(half);
    assertThat(CutText.isCut(groups.replace(cut, half))).isTrue();
  }

  @Test
  void groupsStopAtTheCapAndFoldedStatementsAreNoted() {
    LogGroups<long[]> groups = new LogGroups<>();
    for (int i = 0; i < LogGroups.MAX_GROUPS; i++) {
      assertThat(groups.group(i, () -> new long[1])).isNotNull();
    }
    assertThat(groups.group(0, () -> new long[1]))
        .as("a known key still finds its group")
        .isNotNull();
    assertThat(groups.group(-1, () -> new long[1])).isNull();
    groups.fold(1.5);
    groups.fold(2.0);

    List<String> notes = new ArrayList<>();
    groups.note(notes, "slow.log");

    assertThat(groups.groups()).hasSize(LogGroups.MAX_GROUPS);
    assertThat(notes)
        .containsExactly(
            "2 statements of slow.log (3.5 ms in all) were counted in no group: queryscope keeps"
                + " the first 10000 groups of a log (one per fingerprint and kind of entry), and"
                + " this log has more");
  }
}
