package io.queryscope.cli.connect;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The timeout properties each driver gets, and the URL they go with. pgjdbc counts in seconds,
 * Connector/J in milliseconds. A timeout the URL sets itself is honoured only when it is shorter
 * than ours (0, "none", is never shorter): the URL's parameters would otherwise override the
 * properties, and a URL copied from an application's config must not make the CLI wait forever. The
 * URL's own timeout parameters are taken out, and the winner goes in as a property.
 *
 * @param url the URL without its timeout parameters
 * @param properties the timeouts to connect with (no credentials)
 * @param answer how long an open session's socket may stay silent
 */
record DriverTimeouts(String url, Properties properties, Duration answer) {

  private static final String CONNECT = "connectTimeout";
  private static final String LOGIN = "loginTimeout";
  private static final String SOCKET = "socketTimeout";

  static DriverTimeouts of(String url, Timeouts timeouts) {
    boolean postgres = url.startsWith("jdbc:postgresql:");
    Map<String, String> fromUrl = new HashMap<>();
    String stripped = strip(url, fromUrl);
    Duration connect = shorter(timeouts.connect(), fromUrl.get(CONNECT), postgres);
    Duration socket = shorter(timeouts.answer(), fromUrl.get(SOCKET), postgres);
    // While logging in, silence for the connect timeout is enough to give up.
    Duration loginSocket = connect.compareTo(socket) < 0 ? connect : socket;
    Properties p = new Properties();
    if (postgres) {
      // With sslmode prefer or allow (prefer is the default) pgjdbc tries a second connection
      // when the first says nothing: each login read gets half, so both fit in the connect
      // timeout, and the socket's own timeout, which knows the connection was made, speaks first.
      Duration half = Duration.ofSeconds(Math.max(1, connect.toSeconds() / 2));
      Duration loginRead = half.compareTo(loginSocket) < 0 ? half : loginSocket;
      p.setProperty(CONNECT, seconds(connect));
      // The login as a whole, a second later: a backstop for a login that trickles, which lets
      // the socket limits (they know whether the TCP connection was made) speak first.
      Duration login = shorter(timeouts.connect().plusSeconds(1), fromUrl.get(LOGIN), true);
      p.setProperty(LOGIN, seconds(login));
      p.setProperty(SOCKET, seconds(loginRead));
      p.setProperty("tcpKeepAlive", "true");
    } else {
      p.setProperty(CONNECT, String.valueOf(connect.toMillis()));
      p.setProperty(SOCKET, String.valueOf(loginSocket.toMillis()));
      p.setProperty("tcpKeepAlive", "true");
    }
    return new DriverTimeouts(stripped, p, socket);
  }

  /** Ours, or the URL's value when it is a positive number that is shorter. */
  private static Duration shorter(Duration ours, String urlValue, boolean seconds) {
    if (urlValue == null) {
      return ours;
    }
    try {
      long n = Long.parseLong(urlValue.trim());
      Duration theirs = seconds ? Duration.ofSeconds(n) : Duration.ofMillis(n);
      return n > 0 && theirs.compareTo(ours) < 0 ? theirs : ours;
    } catch (NumberFormatException e) {
      return ours;
    }
  }

  /** Whole seconds, rounded up: pgjdbc takes nothing finer, and 0 would mean "no limit". */
  private static String seconds(Duration d) {
    return String.valueOf(Math.max(1, (d.toMillis() + 999) / 1000));
  }

  /** The URL without its timeout parameters, which go into {@code found}. */
  private static String strip(String url, Map<String, String> found) {
    int q = url.indexOf('?');
    if (q < 0) {
      return url;
    }
    List<String> kept = new ArrayList<>();
    for (String param : url.substring(q + 1).split("&", -1)) {
      int eq = param.indexOf('=');
      String key = (eq < 0 ? param : param.substring(0, eq)).toLowerCase(Locale.ROOT);
      String name =
          switch (key) {
            case "connecttimeout" -> CONNECT;
            case "logintimeout" -> LOGIN;
            case "sockettimeout" -> SOCKET;
            default -> null;
          };
      if (name == null) {
        kept.add(param);
      } else {
        found.put(name, eq < 0 ? "" : param.substring(eq + 1));
      }
    }
    return url.substring(0, q) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
  }
}
