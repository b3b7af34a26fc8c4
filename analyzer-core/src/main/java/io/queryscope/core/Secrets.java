package io.queryscope.core;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from any text before it is shown or written: the password forms of every JDBC URL
 * both drivers take, and the values a run knows to be secret (the resolved {@code --password-env}
 * or {@code --password-file} value, the passwords found in {@code --url}), wherever they occur — in
 * a driver message, a stack trace, a note or an exported file. Known values are replaced as {@link
 * KnownValues} says.
 */
public final class Secrets {

  /** What a secret is shown as. */
  public static final String MASK = "***";

  /** No known values: only the URL forms are removed. */
  public static final Secrets NONE = new Secrets(List.of());

  /**
   * A key that holds a secret: {@code password}, {@code pwd}, {@code pass}, {@code sslpassword},
   * {@code trustCertificateKeyStorePassword}, {@code password1}, passphrases, {@code secret}.
   */
  private static final String SECRET_KEY =
      "(?:[\\w.\\-]*(?:password|passwd|passphrase|pwd|secret)[\\w.\\-]*|pass)";

  /**
   * {@code key=value} after {@code ? & ;} (query parameters, MySQL's {@code user=…;password=…}),
   * {@code (} or {@code ,} (properties blocks {@code address=(password=…)}, {@code (host=…,
   * password=…)}), a quote or the start of the text. The value ends where the next parameter, block
   * or word starts; a quoted value ends at its closing quote. No spaces around {@code =} and a lone
   * {@code ?} is a placeholder: SQL's {@code where password = ?} in a report stays as it is.
   */
  private static final Pattern KEY_VALUE =
      Pattern.compile(
          "(?i)((?:^|[?&;(,\\s'\"])"
              + SECRET_KEY
              + "=)('[^']*'?|\"[^\"]*\"?|\\?[^&;()\\s'\"<>]+|[^&;()\\s'\"<>?][^&;()\\s'\"<>]*|(?!\\?))");

  /** {@code //user:password@host}: everything between the first colon and the last {@code @}. */
  private static final Pattern USER_INFO =
      Pattern.compile("(//[^/:@?#;\\s]*:)([^/?#\\s]*)@(?=[^@/?#\\s]*(?:[/?#;\\s]|$))");

  private final KnownValues known;

  private Secrets(List<String> known) {
    this.known = KnownValues.of(known, MASK);
  }

  /** These values, and those in {@code url} (see {@link #withUrl}). */
  public static Secrets of(String url, String... values) {
    return new Secrets(List.of()).withUrl(url).with(values);
  }

  /** These secrets and {@code values} too. */
  public Secrets with(String... values) {
    List<String> all = new ArrayList<>(known.values());
    for (String v : values) {
      if (v != null) {
        all.add(v);
        String decoded = decode(v);
        if (!decoded.equals(v)) {
          all.add(decoded);
        }
      }
    }
    return new Secrets(all);
  }

  /** These secrets and {@code other}'s. */
  public Secrets with(Secrets other) {
    List<String> all = new ArrayList<>(known.values());
    all.addAll(other.known.values());
    return new Secrets(all);
  }

  /**
   * These secrets and every password {@code url} carries, as written and URL-decoded, so a driver
   * that echoes the decoded value (or only the value) is caught too.
   */
  public Secrets withUrl(String url) {
    if (url == null || url.isEmpty()) {
      return this;
    }
    List<String> found = new ArrayList<>();
    Matcher kv = KEY_VALUE.matcher(url);
    while (kv.find()) {
      found.add(unquote(kv.group(2)));
    }
    // Keys may be URL-encoded too (pass%77ord=…): look again at the decoded URL.
    Matcher decoded = KEY_VALUE.matcher(decode(url));
    while (decoded.find()) {
      found.add(unquote(decoded.group(2)));
    }
    Matcher ui = USER_INFO.matcher(url);
    while (ui.find()) {
      found.add(ui.group(2));
    }
    return with(found.toArray(String[]::new));
  }

  /** {@code text} with every known value and every URL password form replaced by {@value MASK}. */
  public String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    return redactForms(known.replaceIn(text));
  }

  /** {@code text} with the URL password forms replaced; for code that knows no run's values. */
  public static String redactForms(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out =
        KEY_VALUE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)) + MASK);
    return USER_INFO
        .matcher(out)
        .replaceAll(m -> Matcher.quoteReplacement(m.group(1)) + MASK + "@");
  }

  private static String unquote(String v) {
    if (v.length() >= 2
        && (v.startsWith("'") && v.endsWith("'") || v.startsWith("\"") && v.endsWith("\""))) {
      return v.substring(1, v.length() - 1);
    }
    return v.startsWith("'") || v.startsWith("\"") ? v.substring(1) : v;
  }

  private static String decode(String v) {
    try {
      return URLDecoder.decode(v.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return v;
    }
  }
}
