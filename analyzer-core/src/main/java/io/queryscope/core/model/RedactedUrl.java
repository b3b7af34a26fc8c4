package io.queryscope.core.model;

import java.util.regex.Pattern;

/** Removes passwords from JDBC URLs, in both the query-string and the user-info forms. */
public final class RedactedUrl {

  private static final Pattern PASSWORD_PARAM =
      Pattern.compile("(?i)([?&;](?:password|pwd|pass)=)[^&;]*");
  private static final Pattern USER_INFO = Pattern.compile("(//[^/:@?]+:)[^@/?]*@");

  private RedactedUrl() {}

  public static String of(String url) {
    String out = PASSWORD_PARAM.matcher(url).replaceAll("$1***");
    return USER_INFO.matcher(out).replaceAll("$1***@");
  }
}
