package io.queryscope.benchmarks.sql;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The normalizer one writes in an afternoon: a chain of regular expressions (what many agents and
 * log tools do). Here only as a speed baseline; it mishandles nested comments, dollar quotes and
 * escapes.
 */
final class RegexNormalizer {
  private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
  private static final Pattern LINE_COMMENT = Pattern.compile("--[^\\n]*");
  private static final Pattern STRING = Pattern.compile("'(?:[^'\\\\]++|\\\\.|'')*+'");
  private static final Pattern NUMBER =
      Pattern.compile("(?<![\\w.$])-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?");
  private static final Pattern PARAM = Pattern.compile("\\$\\d+|:\\w+");
  // Possessive quantifiers: with plain ones a 2,000-element list overflows the regex stack.
  private static final Pattern IN_LIST =
      Pattern.compile("(?i)\\bin\\s*\\(\\s*\\?(?:\\s*+,\\s*+\\?)*+\\s*\\)");
  private static final Pattern VALUES =
      Pattern.compile("(?i)\\bvalues\\s*(\\([^)]*+\\))(?:\\s*+,\\s*+\\([^)]*+\\))*+");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private RegexNormalizer() {}

  static String normalize(String sql) {
    String s = BLOCK_COMMENT.matcher(sql).replaceAll(" ");
    s = LINE_COMMENT.matcher(s).replaceAll(" ");
    s = STRING.matcher(s).replaceAll("?");
    s = NUMBER.matcher(s).replaceAll("?");
    s = PARAM.matcher(s).replaceAll("?");
    s = IN_LIST.matcher(s).replaceAll("in (...)");
    s = VALUES.matcher(s).replaceAll("values $1");
    s = SPACE.matcher(s).replaceAll(" ").trim();
    return s.toLowerCase(Locale.ROOT);
  }
}
