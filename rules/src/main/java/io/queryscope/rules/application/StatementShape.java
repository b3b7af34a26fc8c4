package io.queryscope.rules.application;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two facts N+1 and repeated-query advice need from a statement: the table it reads and the
 * column its first equality placeholder binds.
 */
record StatementShape(Optional<String> table, Optional<String> equalityColumn) {

  private static final Pattern FROM =
      Pattern.compile(
          "\\bfrom\\s+((?:[\"`]?\\w+[\"`]?\\.)?[\"`]?\\w+[\"`]?)", Pattern.CASE_INSENSITIVE);
  private static final Pattern EQ_BIND =
      Pattern.compile(
          "\\bwhere\\b.*?(?:[\"`]?\\w+[\"`]?\\.)?[\"`]?(\\w+)[\"`]?\\s*(?:=|in)\\s*\\(?\\s*(?:\\?|\\$\\d)",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  static StatementShape of(String sql) {
    String text = sql == null ? "" : sql;
    Matcher from = FROM.matcher(text);
    Matcher eq = EQ_BIND.matcher(text);
    return new StatementShape(
        from.find() ? Optional.of(unquote(from.group(1))) : Optional.empty(),
        eq.find() ? Optional.of(eq.group(1)) : Optional.empty());
  }

  private static String unquote(String name) {
    String plain = name.replace("\"", "").replace("`", "");
    int dot = plain.lastIndexOf('.');
    return dot < 0 ? plain : plain.substring(dot + 1);
  }
}
