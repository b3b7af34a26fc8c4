package io.queryscope.mysql;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One slow-log entry: header fields by their lower-case names ({@code query_time}, {@code
 * rows_examined}, MariaDB's {@code full_scan} …), the statement and when it ran.
 */
record MySqlSlowLogEntry(
    long line, Instant time, String schema, String statement, Map<String, String> fields) {

  double queryTimeMs() {
    return seconds("query_time") * 1000.0;
  }

  double seconds(String field) {
    String v = fields.get(field);
    if (v == null) {
      return 0;
    }
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  long count(String field) {
    String v = fields.get(field);
    if (v == null) {
      return -1;
    }
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** MariaDB's Yes/No flags ({@code Full_scan: Yes}); null when the log has no such line. */
  Boolean flag(String field) {
    String v = fields.get(field);
    return v == null ? null : v.equalsIgnoreCase("yes");
  }

  /** Collects an entry line by line. */
  static final class Builder {
    private final long startLine;
    private boolean oversized;
    private Instant time;
    private String schema;
    private boolean user;
    private boolean administrative;
    private final StringBuilder statement = new StringBuilder();
    private final Map<String, String> fields = new LinkedHashMap<>();

    Builder(long startLine) {
      this.startLine = startLine;
    }

    long startLine() {
      return startLine;
    }

    void header(String line) {
      if (line.startsWith("# User@Host:")) {
        user = true;
        fields.put("user@host", line.substring("# User@Host:".length()).trim());
      }
      if (line.startsWith("# Time:") && time == null) {
        time = MySqlSlowLogTime.parse(line.substring("# Time:".length()).trim());
      }
    }

    void field(String name, String value) {
      String key = name.toLowerCase(Locale.ROOT);
      if (key.equals("schema")) {
        schema = value;
      }
      fields.put(key, value);
    }

    void timestamp(Instant t) {
      time = t;
    }

    void schema(String s) {
      schema = s;
    }

    /**
     * @param cut the line was longer than the reader keeps, and {@code line} is its start
     */
    void statementLine(String line, boolean cut) {
      if (oversized) {
        return;
      }
      if (cut || statement.length() + 1 + line.length() > MySqlSlowLogReader.MAX_STATEMENT_CHARS) {
        // Too long to read: the entry is counted, its text let go.
        oversized = true;
        statement.setLength(0);
        statement.trimToSize();
        return;
      }
      if (statement.length() > 0) {
        statement.append('\n');
      }
      statement.append(line);
    }

    /** The statement was longer than the reader keeps of one statement. */
    boolean isOversized() {
      return oversized;
    }

    /** {@code # administrator command: Quit;} — an entry with no statement to analyse. */
    void administrative() {
      administrative = true;
    }

    boolean isAdministrative() {
      return administrative;
    }

    boolean hasUser() {
      return user;
    }

    boolean hasStatement() {
      return oversized || statement.length() > 0;
    }

    /** A statement ending in ';' and a Query_time: anything less was cut off. */
    boolean complete() {
      return fields.containsKey("query_time") && statement.toString().stripTrailing().endsWith(";");
    }

    MySqlSlowLogEntry build() {
      String sql = statement.toString().stripTrailing();
      sql = sql.substring(0, sql.length() - 1).strip();
      return new MySqlSlowLogEntry(startLine, time, schema, sql, Map.copyOf(fields));
    }
  }
}
