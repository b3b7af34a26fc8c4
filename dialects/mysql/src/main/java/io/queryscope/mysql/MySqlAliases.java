package io.queryscope.mysql;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which table each alias in a statement names. MySQL and MariaDB plans print the alias as {@code
 * table_name} ({@code "o"} for {@code orders o}); rules and the catalog need the real table.
 */
final class MySqlAliases {

  private static final String NAME = "(?:`[^`]+`|[A-Za-z_$][\\w$]*)";
  private static final String KEYWORDS =
      "where|from|join|left|right|inner|outer|cross|natural|straight_join|on|using|group|order"
          + "|limit|having|union|set|force|ignore|use|partition|window|for|lock|values|select"
          + "|except|intersect|into|returning|offset|full|procedure";
  private static final Pattern TABLE_REF =
      Pattern.compile(
          "(?i)(?:\\bfrom|\\bjoin|\\bupdate|\\binto|,)\\s+("
              + NAME
              + ")(?:\\s*\\.\\s*("
              + NAME
              + "))?(?:\\s+(?:as\\s+)?(?!(?:"
              + KEYWORDS
              + ")\\b)("
              + NAME
              + "))?");

  /** Words that can follow a table reference and are never its alias. */
  static final Set<String> NOT_ALIASES = Set.of(KEYWORDS.split("\\|"));

  private static final MySqlAliases NONE = new MySqlAliases(Map.of());

  private final Map<String, TableRef> byAlias;

  private MySqlAliases(Map<String, TableRef> byAlias) {
    this.byAlias = byAlias;
  }

  /** A table and its schema when the statement qualified it. */
  record TableRef(String schema, String table) {}

  static MySqlAliases of(String sql) {
    if (sql == null || sql.isBlank()) {
      return NONE;
    }
    Map<String, TableRef> map = new HashMap<>();
    Matcher m = TABLE_REF.matcher(sql);
    while (m.find()) {
      String first = unquote(m.group(1));
      if (NOT_ALIASES.contains(first.toLowerCase(Locale.ROOT)) || first.startsWith("(")) {
        continue;
      }
      TableRef ref =
          m.group(2) == null ? new TableRef(null, first) : new TableRef(first, unquote(m.group(2)));
      map.putIfAbsent(ref.table().toLowerCase(Locale.ROOT), ref);
      String alias = m.group(3) == null ? null : unquote(m.group(3));
      if (alias != null && !NOT_ALIASES.contains(alias.toLowerCase(Locale.ROOT))) {
        map.put(alias.toLowerCase(Locale.ROOT), ref);
      }
    }
    return new MySqlAliases(map);
  }

  /** The table behind a plan's {@code table_name}; null when the statement does not name it. */
  TableRef resolve(String planTableName) {
    if (planTableName == null) {
      return null;
    }
    return byAlias.get(planTableName.toLowerCase(Locale.ROOT));
  }

  private static String unquote(String name) {
    return name.startsWith("`") ? name.substring(1, name.length() - 1).replace("``", "`") : name;
  }
}
