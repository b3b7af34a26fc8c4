package io.queryscope.core.model;

import java.util.Locale;

/**
 * The server families queryscope understands. MariaDB is its own kind: its plans and statistics
 * differ.
 */
public enum DatabaseKind {
  POSTGRESQL("postgresql"),
  MYSQL("mysql"),
  MARIADB("mariadb");

  private final String id;

  DatabaseKind(String id) {
    this.id = id;
  }

  /** The stable lower-case id used on the command line and in JSON ({@code "postgresql"}). */
  public String id() {
    return id;
  }

  public static DatabaseKind fromId(String id) {
    String wanted = id.trim().toLowerCase(Locale.ROOT);
    for (DatabaseKind kind : values()) {
      if (kind.id.equals(wanted)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "unknown dialect '" + id + "': use one of postgresql, mysql, mariadb");
  }
}
