package io.queryscope.core;

/**
 * Every way queryscope can fail, with the CLI exit code it maps to (DESIGN.md: 2 usage, 3 could not
 * connect or analysis failed).
 */
public enum ErrorCode {
  USAGE(2),
  MALFORMED_SQL(2),
  MALFORMED_PLAN(2),
  MALFORMED_LOG(2),
  MALFORMED_EVENTS(2),
  MALFORMED_BASELINE(2),
  FILE_NOT_READABLE(2),
  CONNECTION_FAILED(3),
  AUTHENTICATION_FAILED(3),
  UNKNOWN_DATABASE(3),
  UNSUPPORTED_SERVER(3),
  MISSING_PRIVILEGE(3),
  MISSING_EXTENSION(3),
  TIMEOUT(3),
  /** A statement queryscope built failed its own single-statement check and was not sent. */
  REFUSED_STATEMENT(3),
  ANALYSIS_FAILED(3);

  private final int exitCode;

  ErrorCode(int exitCode) {
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
