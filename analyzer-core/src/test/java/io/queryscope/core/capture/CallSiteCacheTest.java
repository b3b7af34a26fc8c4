package io.queryscope.core.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.Ticker;
import io.queryscope.core.events.CallSite;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How often the call-site cache walks the stack, and when it gives up caching. */
class CallSiteCacheTest {

  // Frames of CallSites itself and the JDK are not the application; this test class is.
  private final CallSites callSites =
      new CallSites(
          new CaptureSettings(
              true,
              false,
              List.of("java.", "jdk.", "sun.", "io.queryscope.core.capture.CallSites"),
              2,
              10,
              10,
              10,
              Duration.ofSeconds(60),
              true,
              false,
              Duration.ZERO,
              Ticker.system(),
              Clock.systemUTC(),
              List.of()));

  private final SqlInfo info = new SqlInfo("select 1", null, this);

  @Test
  void oneLineCalledFromManyPlacesIsCachedWithFreshCallersAtEachWalk() {
    List<CallSite> sites = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      sites.add(i % 2 == 0 ? serviceA() : serviceB());
    }
    assertThat(sites).allSatisfy(s -> assertThat(s.methodName()).isEqualTo("dao"));
    assertThat(sites.get(0).callers().get(0)).contains("serviceA");
    assertThat(sites.get(1).callers().get(0)).contains("serviceB");
    assertThat(info.manySites).isFalse();
    // 16 first executions, then 32, 64, … 1024, 2048: far from one walk per statement.
    assertThat(callSites.walks).isEqualTo(16 + 7);
  }

  @Test
  void aSecondLineRunningTheSameSqlSwitchesToAWalkPerStatement() {
    for (int i = 0; i < 40; i++) {
      serviceA();
    }
    long before = callSites.walks;
    CallSite stale = otherDao();
    assertThat(stale.methodName()).as("cached until the next re-check").isEqualTo("dao");
    for (int i = 41; i < 64; i++) {
      otherDao();
    }
    assertThat(info.manySites).isTrue();
    assertThat(otherDao().methodName()).isEqualTo("otherDao");
    assertThat(callSites.walks - before).isEqualTo(2);
  }

  @Test
  void aStringRunBillionsOfTimesStaysCached() {
    for (int i = 0; i < 20; i++) {
      serviceA();
    }
    // As if it had run for days: past 2^31, where an int count turned negative and walked always.
    info.executions = Integer.MAX_VALUE - 10;
    long before = callSites.walks;
    for (int i = 0; i < 1_000; i++) {
      assertThat(serviceA().methodName()).isEqualTo("dao");
    }
    assertThat(callSites.walks - before).as("walks in 1,000 executions").isLessThanOrEqualTo(1);
  }

  private CallSite serviceA() {
    return dao();
  }

  private CallSite serviceB() {
    return dao();
  }

  private CallSite dao() {
    return callSites.resolve(info);
  }

  private CallSite otherDao() {
    return callSites.resolve(info);
  }
}
