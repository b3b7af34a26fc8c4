package io.queryscope.cli.connect;

import io.queryscope.core.Durations;
import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import java.io.EOFException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Locale;

/**
 * A server that does not answer, told apart from one that said no: it took the TCP connection and
 * then stayed silent (or hung up) during the login, or it stopped answering in the middle of an
 * analysis. Those messages name the server and the wait; raising a timeout is not the fix.
 */
final class Silence {

  private Silence() {}

  /**
   * The login failure when the server accepted the connection but never answered it; null for every
   * other failure.
   */
  static QueryScopeException atLogin(String url, Throwable e, Duration connectTimeout) {
    SocketTimeoutException timeout = find(e, SocketTimeoutException.class);
    // "Connect timed out" is no TCP connection at all, which ConnectionFailures words as such.
    boolean tcpConnect =
        timeout != null
            && String.valueOf(timeout.getMessage()).toLowerCase(Locale.ROOT).contains("connect");
    String where = ConnectionFailures.hostPort(url);
    if (timeout != null && !tcpConnect) {
      return new QueryScopeException(
          ErrorCode.CONNECTION_FAILED,
          "the server at "
              + where
              + " accepted the connection but never answered the login within "
              + Durations.format(connectTimeout)
              + " (--connect-timeout); it is not a "
              + serverKind(url)
              + " server, or it is overloaded",
          e);
    }
    if (String.valueOf(e.getMessage()).contains("Connection attempt timed out")) {
      // pgjdbc's loginTimeout: no socket limit spoke first, so the stage is not known.
      return new QueryScopeException(
          ErrorCode.CONNECTION_FAILED,
          "could not connect to "
              + where
              + ": connecting and logging in took longer than "
              + Durations.format(connectTimeout)
              + " (--connect-timeout); check that it is a "
              + serverKind(url)
              + " server and that it is not overloaded",
          e);
    }
    if (find(e, EOFException.class) != null || lostDuringLogin(e)) {
      return new QueryScopeException(
          ErrorCode.CONNECTION_FAILED,
          "the server at "
              + where
              + " accepted the connection and closed it during the login; it is not a "
              + serverKind(url)
              + " server, or it turned queryscope away (check its logs)",
          e);
    }
    return null;
  }

  /** Whether the failure is the socket's silence limit expiring. */
  static boolean isSilence(Throwable e) {
    return find(e, SocketTimeoutException.class) != null;
  }

  static QueryScopeException stoppedAnswering(
      String url, String phase, Duration silence, Throwable cause) {
    return new QueryScopeException(
        ErrorCode.TIMEOUT,
        "the server at "
            + ConnectionFailures.hostPort(url)
            + " stopped answering for "
            + Durations.format(silence)
            + " while "
            + phase
            + "; check the server and the network",
        cause);
  }

  /** Connector/J's words for a connection that ended before the server's greeting was read. */
  private static boolean lostDuringLogin(Throwable e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      String m = String.valueOf(t.getMessage());
      if (m.contains("connection was unexpectedly lost")) {
        return true;
      }
    }
    return false;
  }

  private static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static String serverKind(String url) {
    return url != null && url.startsWith("jdbc:postgresql:") ? "PostgreSQL" : "MySQL or MariaDB";
  }
}
