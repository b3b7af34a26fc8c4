package io.queryscope.report;

/**
 * The one HTML escaper: the HTML report, Markdown's {@code <details>} blocks and the JUnit
 * extension's run report all escape through it.
 */
public final class Html {

  private Html() {}

  /** Escaped for element content and attribute values alike. */
  public static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Escaped for element content only ({@code & < >}): quotes stay as they are, so text reads
   * unchanged where a reader sees the source too (Markdown).
   */
  public static String text(String s) {
    return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
