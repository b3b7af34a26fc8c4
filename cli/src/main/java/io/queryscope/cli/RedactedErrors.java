package io.queryscope.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.UnaryOperator;

/**
 * An error as the user sees it: its first line, or its whole stack trace, with what the run must
 * not show removed (its {@link io.queryscope.core.Secrets}, a given statement's literals). Drivers
 * put the whole URL into their messages and a trace repeats every cause's.
 */
public final class RedactedErrors {

  private RedactedErrors() {}

  /** The message's first line, redacted: the rest of a driver's message is for --verbose. */
  public static String line(UnaryOperator<String> redact, String message) {
    String text = redact.apply(message == null ? "" : message);
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl).stripTrailing();
  }

  /** The rendered stack trace, causes included, redacted as a whole. */
  public static String trace(UnaryOperator<String> redact, Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    return redact.apply(trace.toString());
  }
}
