package io.queryscope.core.capture;

import io.queryscope.core.events.CutText;
import java.util.Arrays;

/** How a bind value reads in events: its text, bytes as hex, long values cut short. */
final class BindText {

  private static final int MAX_CHARS = 2000;
  private static final int MAX_BYTES = 64;
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private BindText() {}

  static String of(Object value) {
    return of(value, MAX_CHARS);
  }

  /** The value's text cut to {@code maxChars}, its size and hash those of the whole value. */
  static String of(Object value, int maxChars) {
    if (value == null) {
      return null;
    }
    if (value instanceof byte[] bytes) {
      return hex(bytes);
    }
    return CutText.cut(String.valueOf(value), maxChars);
  }

  private static String hex(byte[] bytes) {
    int shown = Math.min(bytes.length, MAX_BYTES);
    StringBuilder out = new StringBuilder(4 + shown * 2).append("\\x");
    for (int i = 0; i < shown; i++) {
      out.append(HEX[(bytes[i] >> 4) & 0xf]).append(HEX[bytes[i] & 0xf]);
    }
    return shown < bytes.length
        ? CutText.mark(out.toString(), bytes.length, "bytes", Arrays.hashCode(bytes))
        : out.toString();
  }
}
