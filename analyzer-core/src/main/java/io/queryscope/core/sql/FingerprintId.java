package io.queryscope.core.sql;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;

/**
 * A fingerprint's stable 64-bit id, and the one way it is spelled wherever a person or a file sees
 * it: 16 lower-case hex digits, zero-padded ({@code 0a1b2c3d4e5f6071}).
 */
public record FingerprintId(long value) {

  public static FingerprintId of(long value) {
    return new FingerprintId(value);
  }

  /** The spelling of {@code value}, for code that holds the id as a {@code long}. */
  public static String hex(long value) {
    char[] hex = new char[16];
    long v = value;
    for (int i = 15; i >= 0; i--) {
      hex[i] = Character.forDigit((int) (v & 0xf), 16);
      v >>>= 4;
    }
    return new String(hex);
  }

  /**
   * Reads an id as {@link #hex()} writes it.
   *
   * @throws QueryScopeException USAGE when the text is not 1 to 16 hex digits
   */
  public static FingerprintId parse(String hex) {
    try {
      if (hex == null || hex.isEmpty() || hex.length() > 16 || hex.startsWith("+")) {
        throw new NumberFormatException();
      }
      return new FingerprintId(Long.parseUnsignedLong(hex, 16));
    } catch (NumberFormatException e) {
      throw new QueryScopeException(
          ErrorCode.USAGE, "fingerprint '" + hex + "' is not a hexadecimal id of 1 to 16 digits");
    }
  }

  public String hex() {
    return hex(value);
  }

  @Override
  public String toString() {
    return hex();
  }
}
