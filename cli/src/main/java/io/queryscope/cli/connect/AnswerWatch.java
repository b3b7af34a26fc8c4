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
      throw stopped;
    }
    try {
      return call.get();
    } catch (RuntimeException e) {
      if (!Silence.isSilence(e)) {
        throw e;
      }
      stopped = Silence.stoppedAnswering(url, phase, silence, e);
      abort();
      throw stopped;
    }
  }

  /** The failure that ended the conversation, or null while the server answers. */
  QueryScopeException stopped() {
    return stopped;
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
