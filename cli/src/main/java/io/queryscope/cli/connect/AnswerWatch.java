package io.queryscope.cli.connect;

import io.queryscope.core.QueryScopeException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Watches one connection for a server that stopped answering. The socket's silence limit (the
 * network timeout) ends the wait for a frozen server; this turns that into one message naming the
 * server, the wait and the phase, and keeps it: the connection is gone, so every later call fails
 * at once with the same message instead of waiting again or passing as one failed explain.
 */
final class AnswerWatch {

  private final Connection connection;
  private final String url;
  private final Duration silence;
  private QueryScopeException stopped;

  AnswerWatch(Connection connection, String url, Duration silence) {
    this.connection = connection;
    this.url = url;
    this.silence = silence;
  }

  /** Runs one conversation with the server; {@code phase} says what it was, for the message. */
  <T> T watch(String phase, Supplier<T> call) {
    if (stopped != null) {
      throw stopped();
    }
    long start = System.nanoTime();
    T result;
    try {
      result = call.get();
    } catch (RuntimeException e) {
      if (Silence.isSilence(e) || diedSilent(start)) {
        throw stop(phase, e);
      }
      throw e;
    }
    if (diedSilent(start)) {
      // A reader kept the timeout as a note; the connection is gone all the same.
      throw stop(phase, null);
    }
    return result;
  }

  private QueryScopeException stop(String phase, Throwable cause) {
    stopped = Silence.stoppedAnswering(url, phase, silence, cause);
    abort();
    return stopped();
  }

  /**
   * The driver closed the connection during a call that lasted at least the silence limit: its read
   * timed out, even if the exception that said so was caught on the way.
   */
  private boolean diedSilent(long start) {
    if (System.nanoTime() - start < silence.toNanos()) {
      return false;
    }
    try {
      return connection.isClosed();
    } catch (SQLException e) {
      return true;
    }
  }

  /**
   * The failure that ended the conversation, or null while the server answers. A new exception each
   * time: one may be thrown from a block and again from its closing, and Java refuses to suppress
   * an exception into itself.
   */
  QueryScopeException stopped() {
    return stopped == null
        ? null
        : new QueryScopeException(stopped.code(), stopped.getMessage(), stopped.getCause());
  }

  /** Drops the connection without a goodbye: the server would not read it. */
  private void abort() {
    try {
      connection.abort(Runnable::run);
    } catch (SQLException | RuntimeException ignored) {
      // Already closed by the driver after its read timed out.
    }
  }
}
