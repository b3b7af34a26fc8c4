package io.queryscope.benchmarks.capture;

import com.p6spy.engine.logging.Category;
import com.p6spy.engine.spy.appender.P6Logger;
import java.util.concurrent.atomic.LongAdder;

/**
 * p6spy doing the job queryscope does: its logging module records every statement with its bind
 * values and elapsed time (p6spy's default categories), and this appender takes each line without
 * writing it anywhere, so the benchmark measures the recording and not a disk.
 */
public final class RecordingP6Logger implements P6Logger {

  static final LongAdder LINES = new LongAdder();

  @Override
  public void logSQL(
      int connectionId,
      String now,
      long elapsed,
      Category category,
      String prepared,
      String sql,
      String url) {
    if (elapsed >= 0 && !sql.isEmpty()) {
      LINES.increment();
    }
  }

  @Override
  public void logException(Exception e) {}

  @Override
  public void logText(String text) {}

  @Override
  public boolean isCategoryEnabled(Category category) {
    return true;
  }
}
