package io.queryscope.benchmarks.capture;

import com.p6spy.engine.logging.Category;
import com.p6spy.engine.spy.appender.P6Logger;

/**
 * p6spy with its logging module loaded but every category off: the cheapest p6spy a user would run,
 * so the benchmark measures its interception and not a log file.
 */
public final class QuietP6Logger implements P6Logger {

  @Override
  public void logSQL(
      int connectionId,
      String now,
      long elapsed,
      Category category,
      String prepared,
      String sql,
      String url) {}

  @Override
  public void logException(Exception e) {}

  @Override
  public void logText(String text) {}

  @Override
  public boolean isCategoryEnabled(Category category) {
    return false;
  }
}
