package io.queryscope.core.capture;

import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * Failures inside queryscope (a throwing listener, a bug, an export that could not be written):
 * counted, logged once, never passed to the application (Caffeine's rule for user callbacks).
 */
final class Failures {

  private static final System.Logger LOG = System.getLogger("io.queryscope.capture");

  private final LongAdder count = new LongAdder();
  private final AtomicBoolean logged = new AtomicBoolean();

  void record(String where, Throwable failure) {
    if (failure instanceof VirtualMachineError fatal) {
      throw fatal;
    }
    count.increment();
    if (logged.compareAndSet(false, true)) {
      LOG.log(
          Level.WARNING,
          "queryscope: "
              + where
              + " failed; the application's call was not affected. Further failures are counted"
              + " (QueryScope.internalFailures()), not logged.",
          failure);
    }
  }

  long count() {
    return count.sum();
  }
}
