package io.queryscope.core;

/**
 * The one exception root. Its message is a single line a user can act on: what failed, with the
 * value and context, and what to do ("could not connect to 127.0.0.1:5433: connection refused;
 * check the host and port, and that the server accepts TCP connections").
 */
public class QueryScopeException extends RuntimeException {

  private final ErrorCode code;

  public QueryScopeException(ErrorCode code, String message) {
    super(message);
    this.code = code;
  }

  public QueryScopeException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  public ErrorCode code() {
    return code;
  }
}
