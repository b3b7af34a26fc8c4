package io.queryscope.core.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.events.CutText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an execution keeps of values no driver test can send: the cut marks and odd objects. */
class BindValuesTest {

  @Test
  void aValueWhoseTextThrowsIsKeptAsItsTypeAndNeverThrows() {
    Object hostile =
        new Object() {
          @Override
          public String toString() {
            throw new IllegalStateException("no text for you");
          }
        };
    assertThat(BindValues.frozen(hostile)).asString().startsWith("<").endsWith(">");
  }

  @Test
  void aLongTextIsCutOnceAndItsMarkGivesTheWholeValuesSizeAndHash() {
    String whole = "y".repeat(5_000);
    Object value =
        new Object() {
          @Override
          public String toString() {
            return whole;
          }
        };
    assertThat(BindValues.frozen(value))
        .isEqualTo(
            "y".repeat(BindValues.VALUE_CHARS)
                + "…(5000 chars, #"
                + Integer.toHexString(whole.hashCode())
                + ")");
  }

  @Test
  void onlyQueryscopesOwnMarkReadsAsCut() {
    assertThat(CutText.isCut("select count(*) from t where id in (1, 2)")).isFalse();
    assertThat(CutText.isCut("…(12 apples, #ff)")).isFalse();
    assertThat(CutText.isCut(null)).isFalse();
    String cut = CutText.cut("a".repeat(300), 10);
    assertThat(cut)
        .isEqualTo(
            "aaaaaaaaaa…(300 chars, #" + Integer.toHexString("a".repeat(300).hashCode()) + ")");
    assertThat(CutText.isCut(cut)).isTrue();
    assertThat(CutText.cut("short", 10)).isEqualTo("short");
    assertThat(CutText.wholeOrEmpty(List.of("1", "x"))).containsExactly("1", "x");
  }

  @Test
  void valuesOverTheExecutionsLimitsFoldIntoOneMarkThatStillTellsRunsApart() {
    Object[] many = new Object[100];
    Object[] other = new Object[100];
    for (int i = 0; i < 100; i++) {
      many[i] = (long) i;
      other[i] = (long) (i == 99 ? -1 : i);
    }
    Object[] kept = BindValues.capped(many, 100);
    assertThat(kept).hasSize(BindValues.EVENT_VALUES + 1);
    assertThat(kept[BindValues.EVENT_VALUES]).asString().startsWith("…(100 values, #");
    assertThat(BindValues.capped(other, 100)[BindValues.EVENT_VALUES])
        .as("differs in the last value only")
        .isNotEqualTo(kept[BindValues.EVENT_VALUES]);
    Object[] few = {1L, "two"};
    assertThat(BindValues.capped(few, 2)).containsExactly(1L, "two");
  }
}
