package io.queryscope.core.events;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Text the capture kept only the start of, so that its memory stays bounded whatever the
 * application sends: the start, then {@code …(N chars, #hash)}. The hash of the whole value keeps
 * two long values that share their start apart (an N+1 with long keys is still an N+1); the mark
 * tells the planner not to run such a sample as if it were the real statement.
 */
public final class CutText {

  private static final Pattern MARK =
      Pattern.compile(".*…\\(\\d+ (chars|bytes|values), #[0-9a-f]+\\)\\z", Pattern.DOTALL);

  private CutText() {}

  /** {@code text} itself when it has at most {@code keep} chars, else its start and the mark. */
  public static String cut(String text, int keep) {
    if (text == null || text.length() <= keep) {
      return text;
    }
    return mark(text.substring(0, keep), text.length(), "chars", text.hashCode());
  }

  /**
   * {@code start} followed by the mark for a whole of {@code size} {@code unit} hashing to hash.
   */
  public static String mark(String start, long size, String unit, int hash) {
    return start + "…(" + size + " " + unit + ", #" + Integer.toHexString(hash) + ")";
  }

  /** Whether queryscope cut this text (a statement or a bind value) to bound its memory. */
  public static boolean isCut(String text) {
    return text != null && text.endsWith(")") && MARK.matcher(text).matches();
  }

  /** The values when none was cut, else none: a plan run with a cut value would be a wrong one. */
  public static List<String> wholeOrEmpty(List<String> values) {
    return anyCut(values) ? List.of() : values;
  }

  /** Whether any of these bind values, or the list itself, was cut. */
  public static boolean anyCut(List<String> values) {
    for (String value : values) {
      if (isCut(value)) {
        return true;
      }
    }
    return false;
  }
}
