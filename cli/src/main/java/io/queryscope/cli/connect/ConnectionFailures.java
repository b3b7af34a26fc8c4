package io.queryscope.cli.connect;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.Secrets;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns driver exceptions into one line that says what failed and what to check. PostgreSQL and
 * MySQL drivers report the same failures differently: SQLStates, vendor codes or a socket exception
 * underneath.
 */
public final class ConnectionFailures {

  static final String ACCEPTED_URLS =
      "jdbc:postgresql://host[:port]/database or jdbc:mysql://host[:port]/database (MySQL and"
          + " MariaDB)";

  private static final Pattern HOST_PORT = Pattern.compile("//(?:[^@/]*@)?([^/?;]+)");
  private static final Pattern BLOCK_HOST =
      Pattern.compile("\\(host=([^,)]*)(?:.*?port=([^,)]*))?");

  /** The first host's port: {@code //host:port}, {@code //[::1]:port}, {@code (…port=…)}. */
  private static final Pattern HOST_PORT_NUMBER =
      Pattern.compile(
          "^jdbc:[\\w:]+//(?:[^@/?;]*@)?(?:\\[[^\\]]*\\]|[^:/?;,()\\[\\]]+):([^/?;,]*)");

  private static final Pattern BLOCK_PORT =
      Pattern.compile("^jdbc:[\\w:]+//[^/]*?[(,]port=([^,)]*)");
  private static final Pattern USER_INFO = Pattern.compile("^jdbc:[a-z]+://[^/?;@]*@");
  private static final Pattern URL_USER =
      Pattern.compile("(?i)(?:[?&;(,]user=([^&;,)]*)|^jdbc:[\\w:]+//([^:@/?;]+)(?::[^@/]*)?@)");
  private static final Pattern DATABASE = Pattern.compile("//[^/]+/([^?;]+)");
  private static final int MYSQL_ACCESS_DENIED = 1045;
  private static final int MYSQL_UNKNOWN_DATABASE = 1049;
  private static final int MYSQL_DB_ACCESS_DENIED = 1044;

  private ConnectionFailures() {}

  public static QueryScopeException translate(ConnectionSpec spec, SQLException e) {
    QueryScopeException raw = untranslated(spec, e);
    // Drivers quote the URL (pgjdbc's "Unable to parse URL …"); the line never shows its secrets.
    String message = Secrets.of(spec.url(), spec.password()).redact(raw.getMessage());
    return new QueryScopeException(raw.code(), message, e);
  }

  /**
   * A URL this driver would misread in a way that leaks or reaches the network: pgjdbc takes no
   * {@code user:password@} and would look up {@code user:password@host} as a host name.
   */
  static QueryScopeException rejectedBeforeConnect(String url) {
    if (url != null && url.startsWith("jdbc:postgresql:") && USER_INFO.matcher(url).find()) {
      return new QueryScopeException(
          ErrorCode.USAGE,
          "--url: jdbc:postgresql takes no user:password@ before the host; give --user and"
              + " --password-env or --password-file instead");
    }
    boolean ours =
        url != null && (url.startsWith("jdbc:postgresql:") || url.startsWith("jdbc:mysql:"));
    String port = ours ? explicitPort(url) : null;
    if (port != null && !validPort(port)) {
      // Checked here: pgjdbc logs its own warning to stderr, Connector/J says nothing useful.
      return new QueryScopeException(
          ErrorCode.CONNECTION_FAILED,
          "could not connect to "
              + hostPort(url)
              + ": the port is not a number from 1 to 65535; check --url");
    }
    return null;
  }

  private static String explicitPort(String url) {
    Matcher block = BLOCK_PORT.matcher(url);
    if (block.find()) {
      return block.group(1);
    }
    Matcher plain = HOST_PORT_NUMBER.matcher(url);
    return plain.find() ? plain.group(1) : null;
  }

  private static boolean validPort(String port) {
    if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int n = Integer.parseInt(port);
    return n >= 1 && n <= 65535;
  }

  private static QueryScopeException untranslated(ConnectionSpec spec, SQLException e) {
    String where = hostPort(spec.url());
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String message = e.getMessage() == null ? "" : e.getMessage();
    if (message.startsWith("No suitable driver")) {
      return unsupportedUrl(spec.url(), e);
    }
    if (message.startsWith("Unable to parse URL")
        || message.contains("Malformed database URL")
        || message.contains("WrongArgumentException")) {
      return new QueryScopeException(
          ErrorCode.CONNECTION_FAILED,
          "could not connect to "
              + where
              + ": the driver cannot parse --url; check the port is a number from 1 to 65535 and"
              + " the URL's form ("
              + ACCEPTED_URLS
              + ")",
          e);
    }
    if (state.equals("28P01") || state.equals("28000") || e.getErrorCode() == MYSQL_ACCESS_DENIED) {
      return new QueryScopeException(
          ErrorCode.AUTHENTICATION_FAILED,
          "authentication failed for user '"
              + (spec.user() != null ? spec.user() : urlUser(spec.url()))
              + "' at "
              + where
              + "; check --user and the password (--password-env or --password-file)",
          e);
    }
    if (e.getErrorCode() == MYSQL_DB_ACCESS_DENIED || state.equals("42501")) {
      return new QueryScopeException(
          ErrorCode.MISSING_PRIVILEGE,
          "the user may not use database '"
              + database(spec.url())
              + "' at "
              + where
              + "; run "
              + (e.getErrorCode() == MYSQL_DB_ACCESS_DENIED
                  ? "GRANT SELECT ON `" + database(spec.url()) + "`.* TO the user"
                  : "GRANT CONNECT ON DATABASE " + database(spec.url()) + " TO the user")
              + " queryscope connects as",
          e);
    }
    if (state.equals("3D000")
        || e.getErrorCode() == MYSQL_UNKNOWN_DATABASE
        || state.equals("42000") && message.contains("Unknown database")) {
      return new QueryScopeException(
          ErrorCode.UNKNOWN_DATABASE,
          "database '"
              + database(spec.url())
              + "' does not exist at "
              + where
              + "; check the database name in --url",
          e);
    }
    Throwable socket = socketCause(e);
    if (socket instanceof UnknownHostException) {
      return new QueryScopeException(
          ErrorCode.CONNECTION_FAILED,
          "could not connect to " + where + ": unknown host; check the host name in --url",
          e);
    }
    if (socket instanceof ConnectException || socket instanceof NoRouteToHostException) {
      return new QueryScopeException(
          ErrorCode.CONNECTION_FAILED,
          "could not connect to "
              + where
              + ": connection refused; check the host and port, and that the server accepts TCP"
              + " connections",
          e);
    }
    if (socket instanceof SocketTimeoutException) {
      return new QueryScopeException(
          ErrorCode.CONNECTION_FAILED,
          "could not connect to "
              + where
              + ": timed out; check the host, port and any firewall between here and the server",
          e);
    }
    if (message.contains("SSL") && !message.contains("PKIX")) {
      return new QueryScopeException(
          ErrorCode.CONNECTION_FAILED,
          "could not connect to "
              + where
              + ": the URL requires TLS and the server does not offer it ("
              + firstLine(message)
              + "); enable TLS on the server or drop sslmode/sslMode/requireSSL from --url",
          e);
    }
    if (state.startsWith("08")) {
      return new QueryScopeException(
          ErrorCode.CONNECTION_FAILED,
          "could not connect to "
              + where
              + ": "
              + firstLine(message)
              + "; check the host and port, and that the server accepts TCP connections",
          e);
    }
    return new QueryScopeException(
        ErrorCode.CONNECTION_FAILED,
        "could not connect to " + where + ": " + firstLine(message) + " (SQLState " + state + ")",
        e);
  }

  /**
   * A URL no driver takes. Only its scheme is echoed: other drivers' URLs carry credentials in
   * forms {@link io.queryscope.core.model.RedactedUrl} does not know ({@code scott/tiger@}).
   */
  static QueryScopeException unsupportedUrl(String url, Throwable cause) {
    String shown;
    if (url == null || url.isBlank()) {
      shown = "(empty)";
    } else if (url.startsWith("jdbc:")) {
      int second = url.indexOf(':', 5);
      shown = (second < 0 ? url : url.substring(0, second + 1)) + "…";
    } else {
      shown =
          url.length() > 40 || url.contains("@")
              ? url.substring(0, Math.min(12, url.length())) + "…"
              : url;
    }
    return new QueryScopeException(
        ErrorCode.CONNECTION_FAILED,
        "'" + shown + "' is not a supported JDBC URL; use " + ACCEPTED_URLS,
        cause);
  }

  static String hostPort(String url) {
    Matcher m = HOST_PORT.matcher(url == null ? "" : url);
    if (!m.find()) {
      return "the server";
    }
    String where = m.group(1);
    // MySQL's address=(host=…)(port=…) and (host=…,port=…): name the host, not the whole block.
    Matcher block = BLOCK_HOST.matcher(where);
    if (where.contains("(") && block.find()) {
      return block.group(1) + (block.group(2) == null ? "" : ":" + block.group(2));
    }
    return Secrets.redactForms(where);
  }

  /** The user the URL names ({@code user=…}, {@code (user=…)}, {@code //user[:…]@}), if any. */
  static String urlUser(String url) {
    Matcher m = URL_USER.matcher(url == null ? "" : url);
    if (m.find()) {
      return m.group(1) != null ? m.group(1) : m.group(2);
    }
    return "(default)";
  }

  static String database(String url) {
    Matcher m = DATABASE.matcher(url == null ? "" : url);
    return m.find() ? m.group(1) : "?";
  }

  private static Throwable socketCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.io.IOException) {
        return t;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
