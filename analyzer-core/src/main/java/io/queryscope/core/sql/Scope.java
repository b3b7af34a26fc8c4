package io.queryscope.core.sql;

import java.util.HashMap;
import java.util.Map;

/**
 * The names visible in one query level: table names and aliases mapped to base tables (or to "" for
 * derived tables and CTEs). Unresolved names fall through to the enclosing query, which is how
 * correlated subqueries see outer aliases.
 */
final class Scope {
  private final Scope parent;
  private final Map<String, String> tablesByName = new HashMap<>();
  private int baseTables;
  private String onlyTable = "";

  Scope(Scope parent) {
    this.parent = parent;
  }

  void addBaseTable(String name, String alias) {
    tablesByName.put(name, name);
    if (!alias.isEmpty()) {
      tablesByName.put(alias, name);
    }
    onlyTable = ++baseTables == 1 ? name : "";
  }

  void addDerived(String alias) {
    if (!alias.isEmpty()) {
      tablesByName.put(alias, "");
    }
    onlyTable = "";
    baseTables = 2; // an unqualified column could come from the derived table
  }

  /** The base table a qualifier names, or "" when unknown. */
  String resolve(String qualifier) {
    if (qualifier.isEmpty()) {
      // A subquery without tables of its own (SELECT (SELECT max(x))) sees the outer one.
      return baseTables == 0 && parent != null ? parent.resolve("") : onlyTable;
    }
    for (Scope s = this; s != null; s = s.parent) {
      String table = s.tablesByName.get(qualifier);
      if (table != null) {
        return table;
      }
    }
    return "";
  }
}
