package io.queryscope.core;

/** The source line a test is on, to compare with the call site queryscope recorded. */
final class SourceLine {

  private SourceLine() {}

  /**
   * The caller's line. Wrap the JDBC call in it, {@code int line = SourceLine.of(s.execute(sql));},
   * so both stand on the one line the JVM records for them.
   */
  static int of(Object resultOfTheCallOnThisLine) {
    return new Throwable().getStackTrace()[1].getLineNumber();
  }

  /** The caller's line. */
  static int here() {
    return new Throwable().getStackTrace()[1].getLineNumber();
  }
}
