package io.queryscope.core.capture;

import io.queryscope.core.events.CutText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/**
 * What a captured execution keeps of its bind values. A value is frozen when it is bound: one the
 * application may change afterwards (a reused {@code byte[]}, a {@code Timestamp}) or that may be
 * large is kept as the text its event will show anyway, so the event says what was sent and the
 * ring of events stays within a stated size however big the values are.
 */
final class BindValues {

  /** Chars of one value kept; longer ones keep their start, length and hash. */
  static final int VALUE_CHARS = 256;

  /** Values and chars of bind text one execution keeps; beyond either, the rest are folded. */
  static final int EVENT_VALUES = 64;

  static final int EVENT_CHARS = 1_024;

  /** What a non-text value counts towards {@link #EVENT_CHARS}: about its size in memory. */
  private static final int OTHER_CHARS = 16;

  private BindValues() {}

  /**
   * The value as the execution keeps it: immutable small values as they are, everything else as
   * capped text now. Never throws (a value's own {@code toString} may).
   */
  static Object frozen(Object value) {
    // The common cases first: this runs on every bind.
    if (value == null || value instanceof Long || value instanceof Integer) {
      return value;
    }
    if (value instanceof String text) {
      return text.length() <= VALUE_CHARS ? text : CutText.cut(text, VALUE_CHARS);
    }
    if (value instanceof Boolean
        || value instanceof Short
        || value instanceof Byte
        || value instanceof Double
        || value instanceof Float
        || value instanceof BigDecimal
        || value instanceof BigInteger
        || value instanceof Character
        || value instanceof Temporal
        || value instanceof UUID
        || value instanceof Enum<?>) {
      return value;
    }
    if (value instanceof java.util.Date date) {
      // Timestamp and Date are mutable; a copy is far cheaper than their text.
      return date.clone();
    }
    try {
      return BindText.of(value, VALUE_CHARS);
    } catch (RuntimeException | StackOverflowError e) {
      return "<" + value.getClass().getName() + ">";
    }
  }

  /** What {@code frozen} counts towards the execution's {@link #EVENT_CHARS}. */
  static int chars(Object frozen) {
    if (frozen == null) {
      return 0;
    }
    return frozen instanceof String text ? text.length() : OTHER_CHARS;
  }

  /** Values bound outside the proxy (jOOQ's), frozen and capped as the proxy's are. */
  static Object[] frozenAll(Object[] values) {
    if (values == null) {
      return null;
    }
    Object[] out = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = frozen(values[i]);
    }
    return capped(out, out.length);
  }

  /**
   * The first values of {@code values[0..count)} that fit the per-execution limits, then one mark
   * with how many values there were and a hash of them all, so executions with different values
   * still differ.
   */
  static Object[] capped(Object[] values, int count) {
    int kept = 0;
    int chars = 0;
    while (kept < count && kept < EVENT_VALUES) {
      int next = chars(values[kept]);
      if (chars + next > EVENT_CHARS) {
        break;
      }
      chars += next;
      kept++;
    }
    if (kept == count) {
      return Arrays.copyOf(values, count);
    }
    int hash = 1; // Arrays.hashCode of values[0..count)
    for (int i = 0; i < count; i++) {
      hash = 31 * hash + Objects.hashCode(values[i]);
    }
    Object[] out = Arrays.copyOf(values, kept + 1);
    out[kept] = CutText.mark("", count, "values", hash);
    return out;
  }
}
