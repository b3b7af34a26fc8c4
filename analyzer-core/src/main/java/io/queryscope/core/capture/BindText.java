package io.queryscope.core.capture;

/** How a bind value reads in events: its text, bytes as hex, long values cut short. */
final class BindText {

  private static final int MAX_CHARS = 2000;
  private static final int MAX_BYTES = 64;
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private BindText() {}

  static String of(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof byte[] bytes) {
      return hex(bytes);
    }
    String text = String.valueOf(value);
    return text.length() > MAX_CHARS
        ? text.substring(0, MAX_CHARS) + "…(" + text.length() + " chars)"
        : text;
  }

  private static String hex(byte[] bytes) {
    int shown = Math.min(bytes.length, MAX_BYTES);
    StringBuilder out = new StringBuilder(4 + shown * 2).append("\\x");
    for (int i = 0; i < shown; i++) {
      out.append(HEX[(bytes[i] >> 4) & 0xf]).append(HEX[bytes[i] & 0xf]);
    }
    if (shown < bytes.length) {
      out.append("…(").append(bytes.length).append(" bytes)");
    }
    return out.toString();
  }
}
