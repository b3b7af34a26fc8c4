package io.queryscope.core.plan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import java.util.Locale;

/**
 * How large and how deeply nested a JSON plan queryscope reads, so that no plan a user or a log
 * hands over ends the run out of memory or out of stack. Every dialect's plan parser reads through
 * {@link #jsonFactory()}, and turns Jackson's limit errors into these messages.
 */
public final class PlanLimits {

  /**
   * The largest plan read, in bytes (or chars of a log message). Reading a JSON plan into a tree
   * and the neutral model takes several times its size in heap (a 60 MB plan needed between 256 and
   * 512 MB), and real plans stay far below this: a statement over thousands of partitions prints a
   * few MB.
   */
  public static final long MAX_PLAN_BYTES = 64L << 20;

  /**
   * The JSON nesting read. A PostgreSQL plan node takes two levels ({@code {} and {@code "Plans":
   * [}), so this is about 500 plan levels; parsers walk the tree recursively, and real plans stay
   * under a hundred. Jackson's own default is the same; it is set here so it is ours to state.
   */
  public static final int MAX_NESTING = 1_000;

  /** Heap per byte of plan that reading needs, with room for the report (see MAX_PLAN_BYTES). */
  private static final int HEAP_PER_PLAN_BYTE = 8;

  private static final StreamReadConstraints READ =
      StreamReadConstraints.builder()
          .maxNestingDepth(MAX_NESTING)
          // A query text or a filter is one JSON string; the size cap is the only bound it needs.
          .maxStringLength((int) MAX_PLAN_BYTES)
          .build();

  private PlanLimits() {}

  /** A Jackson factory that enforces these limits; build each parser's ObjectMapper on it. */
  public static JsonFactory jsonFactory() {
    return JsonFactory.builder().streamReadConstraints(READ).build();
  }

  /**
   * The largest plan this JVM reads: {@link #MAX_PLAN_BYTES}, or less when the heap is too small to
   * read that much (a plan under {@code -Xmx256m} is refused before it runs out of memory).
   */
  public static long maxPlanBytes() {
    return Math.min(MAX_PLAN_BYTES, Runtime.getRuntime().maxMemory() / HEAP_PER_PLAN_BYTE);
  }

  /** Null when a plan of {@code size} bytes may be read, else the one-line refusal. */
  public static QueryScopeException checkSize(long size) {
    long max = maxPlanBytes();
    if (size <= max) {
      return null;
    }
    String limit =
        max < MAX_PLAN_BYTES
            ? megabytes(max)
                + " with this Java heap ("
                + megabytes(MAX_PLAN_BYTES)
                + " with -Xmx"
                + (MAX_PLAN_BYTES * HEAP_PER_PLAN_BYTE >> 20)
                + "m or more)"
            : megabytes(max);
    return new QueryScopeException(
        ErrorCode.MALFORMED_PLAN,
        "the plan is " + megabytes(size) + "; queryscope reads plans up to " + limit);
  }

  /**
   * The refusal for a plan Jackson stopped reading at one of these limits, or null when {@code e}
   * is about something else.
   */
  public static QueryScopeException translate(Exception e, CharSequence text) {
    if (!(e instanceof StreamConstraintsException)) {
      return null;
    }
    int depth = nestingDepth(text);
    if (depth > MAX_NESTING) {
      return new QueryScopeException(
          ErrorCode.MALFORMED_PLAN,
          "the plan is nested "
              + depth
              + " levels deep; queryscope reads plans up to "
              + MAX_NESTING
              + " levels (JSON objects and arrays inside each other)",
          e);
    }
    QueryScopeException tooLarge = checkSize(text.length());
    return tooLarge != null
        ? tooLarge
        : new QueryScopeException(
            ErrorCode.MALFORMED_PLAN,
            "the plan is beyond what queryscope reads ("
                + e.getMessage().lines().findFirst().orElse("")
                + ")",
            e);
  }

  /** The deepest nesting of JSON objects and arrays in the text, strings skipped. */
  public static int nestingDepth(CharSequence text) {
    int depth = 0;
    int max = 0;
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        max = Math.max(max, ++depth);
      } else if (c == '}' || c == ']') {
        depth--;
      }
    }
    return max;
  }

  static String megabytes(long bytes) {
    double mb = bytes / (double) (1 << 20);
    return mb >= 10 || mb == Math.rint(mb)
        ? Math.round(mb) + " MB"
        : String.format(Locale.ROOT, "%.1f MB", mb);
  }
}
