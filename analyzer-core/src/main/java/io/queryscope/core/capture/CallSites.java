package io.queryscope.core.capture;

import io.queryscope.core.events.CallSite;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Finds the application frame that ran a statement. A stack walk costs one to several microseconds,
 * far more than the rest of the capture, so the answer is cached per distinct SQL string: each
 * string is walked on its first {@value #EXACT_FIRST} executions, then re-checked with a back-off
 * (execution 32, 64, 128, … and then every {@value #MAX_RECHECK}th). The moment a re-check finds a
 * different call site, that string is walked on every execution from then on. So a cached answer is
 * only used for SQL that has so far come from one place; when a second place appears late, at most
 * {@value #MAX_RECHECK} of its executions carry the first place's call site before the cache
 * notices. The cache compares the call-site line only: callers above it are refreshed at each walk,
 * so a cached event's callers are those of the last walk. Exact mode walks every time.
 */
final class CallSites {

  static final int EXACT_FIRST = 16;
  static final int MAX_RECHECK = 1024;

  private final boolean enabled;
  private final boolean exact;
  private final String[] filters;
  private final int callerFrames;
  private final StackWalker walker;

  /** Walks done, for tests of the cache; racy on purpose (never read on the hot path). */
  long walks;

  CallSites(CaptureSettings settings) {
    this.enabled = settings.callSites();
    this.exact = settings.exactCallSites();
    this.filters = settings.frameFilters().toArray(String[]::new);
    this.callerFrames = settings.callerFrames();
    // A small first batch: the application frame is usually within a dozen frames of the driver.
    this.walker = StackWalker.getInstance(Set.of(), 16);
  }

  CallSite resolve(SqlInfo info) {
    if (!enabled) {
      return null;
    }
    if (exact || info == null) {
      return walk();
    }
    long n = ++info.executions;
    CallSite cached = info.site;
    if (cached != null && !info.manySites && n > EXACT_FIRST && !recheck(n)) {
      return cached;
    }
    CallSite walked = walk();
    if (cached != null && !sameFrame(cached, walked)) {
      info.manySites = true;
    }
    info.site = walked;
    return walked;
  }

  /**
   * The same application line. Callers are not compared: a data-access method called from many
   * services is one call site whose callers vary, and comparing them would turn every such SQL
   * string into a walk per execution.
   */
  private static boolean sameFrame(CallSite a, CallSite b) {
    return b != null
        && a.lineNumber() == b.lineNumber()
        && a.methodName().equals(b.methodName())
        && a.className().equals(b.className());
  }

  /** 32, 64, 128, … 1024, then every 1024th execution. */
  static boolean recheck(long n) {
    long period = Math.min(MAX_RECHECK, Long.highestOneBit(n));
    return (n & (period - 1)) == 0;
  }

  CallSite walk() {
    walks++;
    return walker.walk(
        frames -> {
          Iterator<StackWalker.StackFrame> it = frames.iterator();
          StackWalker.StackFrame site = null;
          while (site == null && it.hasNext()) {
            StackWalker.StackFrame frame = it.next();
            if (isApplication(frame.getClassName())) {
              site = frame;
            }
          }
          if (site == null) {
            return null;
          }
          List<String> callers = new ArrayList<>(callerFrames);
          while (callers.size() < callerFrames && it.hasNext()) {
            StackWalker.StackFrame frame = it.next();
            if (isApplication(frame.getClassName())) {
              callers.add(describe(frame));
            }
          }
          return new CallSite(
              site.getClassName(),
              site.getMethodName(),
              site.getFileName(),
              site.getLineNumber(),
              callers);
        });
  }

  /** As a stack trace prints it, without building a StackTraceElement. */
  private static String describe(StackWalker.StackFrame frame) {
    String file = frame.getFileName();
    int line = frame.getLineNumber();
    return frame.getClassName()
        + "."
        + frame.getMethodName()
        + "("
        + (file == null ? "Unknown Source" : line > 0 ? file + ":" + line : file)
        + ")";
  }

  boolean isApplication(String className) {
    for (String prefix : filters) {
      if (className.startsWith(prefix)) {
        return false;
      }
    }
    // Generated proxies (CGLIB, ByteBuddy) stand between the application and the pool.
    return !className.contains("$$");
  }
}
