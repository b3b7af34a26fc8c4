package io.queryscope.cli;

import io.queryscope.core.Secrets;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * An error as the user sees it: its first line, or its whole stack trace, with every secret the run
 * knows removed. Drivers put the whole URL into their messages and a trace repeats every cause's.
 */
public final class RedactedErrors {

  private RedactedErrors() {}

  /** The message's first line, redacted: the rest of a driver's message is for --verbose. */
  public static String line(Secrets secrets, String message) {
    String text = secrets.redact(message == null ? "" : message);
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl).stripTrailing();
  }

  /** The rendered stack trace, causes included, redacted as a whole. */
  public static String trace(Secrets secrets, Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    return secrets.redact(trace.toString());
  }
}
