package io.queryscope.core.capture;

import io.queryscope.core.events.CallSite;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Finds the application frame that ran a statement. A stack walk costs about a microsecond, too
 * much for every statement, so the answer is cached per distinct SQL string: each string is walked
 * for its first {@value #EXACT_FIRST} executions and then every {@value #RECHECK_EVERY}th. As soon
 * as one string is seen from two places, it is walked on every execution from then on, so a cached
 * answer is only ever used for SQL that has come from one place. Exact mode walks every time.
 */
final class CallSites {

  static final int EXACT_FIRST = 16;
  static final int RECHECK_EVERY = 64;

  private final boolean enabled;
  private final boolean exact;
  private final String[] filters;
  private final int callerFrames;
  private final StackWalker walker;

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
    int n = ++info.executions;
    CallSite cached = info.site;
    if (cached != null && !info.manySites && n > EXACT_FIRST && n % RECHECK_EVERY != 0) {
      return cached;
    }
    CallSite walked = walk();
    if (cached != null && !cached.equals(walked)) {
      info.manySites = true;
    }
    info.site = walked;
    return walked;
  }

  CallSite walk() {
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
              callers.add(frame.toStackTraceElement().toString());
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
