package io.queryscope.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class PlanLimitsTest {

  @Test
  void nestingIsCountedOutsideStringsOnly() {
    assertThat(PlanLimits.nestingDepth("[{\"a\": [1, {\"b\": \"[[[{{\\\"]]\"}]}]")).isEqualTo(4);
    assertThat(PlanLimits.nestingDepth("\"no nesting\"")).isZero();
  }

  @Test
  void aPlanWithinTheCapPassesAndALargerOneIsRefusedNamingBoth() {
    long max = PlanLimits.maxPlanBytes();
    assertThat(max).isPositive().isLessThanOrEqualTo(PlanLimits.MAX_PLAN_BYTES);
    assertThat(PlanLimits.checkSize(max)).isNull();

    QueryScopeException refused = PlanLimits.checkSize(200L << 20);
    assertThat(refused.code()).isEqualTo(ErrorCode.MALFORMED_PLAN);
    assertThat(refused.getMessage())
        .startsWith("the plan is 200 MB; queryscope reads plans up to " + (max >> 20) + " MB");
  }

  @Test
  void jacksonsDepthLimitBecomesTheDepthMessage() {
    String deep = "[".repeat(PlanLimits.MAX_NESTING + 5) + "]".repeat(PlanLimits.MAX_NESTING + 5);
    Exception e = null;
    try (JsonParser parser = PlanLimits.jsonFactory().createParser(deep)) {
      while (parser.nextToken() != null) {
        // read on
      }
    } catch (IOException thrown) {
      e = thrown;
    }
    assertThat(e).as("Jackson stops at the limit").isNotNull();

    QueryScopeException translated = PlanLimits.translate(e, deep);

    assertThat(translated.getMessage())
        .startsWith(
            "the plan is nested 1005 levels deep; queryscope reads plans up to 1000 levels");
    assertThat(PlanLimits.translate(new IllegalStateException("other"), deep)).isNull();
  }
}
