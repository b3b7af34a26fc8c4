package io.queryscope.cli.analyze;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes server logs of a given size from one entry of a recorded log, repeated with its table
 * renamed to one of {@code fingerprints} names in turn, so the statements and fingerprints they
 * hold are known exactly.
 */
final class BigLogs {

  /** The recorded statement whose entries are repeated, and the table renamed in each copy. */
  private static final String PG_STATEMENT =
      "select count(*) from customers where email = 'nobody@example.com'";

  private static final String MARIADB_STATEMENT = "select * from customers where email = 'anna";

  private BigLogs() {}

  /**
   * A PostgreSQL stderr log of auto_explain JSON plans: each entry is the recorded parse, bind,
   * execute lines and plan of one statement, so it counts twice (its execute duration and its
   * plan).
   *
   * @return how many entries were written
   */
  static long postgres(Path file, long bytes, int fingerprints) throws IOException {
    List<String> lines = lines("/plans/postgresql/17/logs/auto_explain.log");
    int first = indexOf(lines, "parse <unnamed>: " + PG_STATEMENT);
    int last = indexOf(lines, "duration:", indexOf(lines, "plan:", first) + 1) - 1;
    String entry = String.join("\n", lines.subList(first, last + 1)) + "\n";
    return write(file, bytes, fingerprints, entry, null);
  }

  /**
   * A MariaDB slow log: the recorded banner, then the recorded entry of one statement (with its
   * Full_scan lines) again and again.
   *
   * @return how many entries were written
   */
  static long mariaDb(Path file, long bytes, int fingerprints) throws IOException {
    List<String> lines = lines("/logs/mysql/mariadb-10.11-slow.log");
    int statement = indexOf(lines, MARIADB_STATEMENT);
    int first = statement;
    while (!lines.get(first).startsWith("# User@Host:")) {
      first--;
    }
    String entry = String.join("\n", lines.subList(first, statement + 1)) + "\n";
    String banner = String.join("\n", lines.subList(0, 3)) + "\n";
    return write(file, bytes, fingerprints, entry, banner);
  }

  private static long write(Path file, long bytes, int fingerprints, String entry, String banner)
      throws IOException {
    List<String> copies = new ArrayList<>();
    for (int i = 0; i < fingerprints; i++) {
      copies.add(entry.replace("customers", "customers_" + i));
    }
    long written = 0;
    long entries = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      if (banner != null) {
        out.write(banner);
        written += banner.length();
      }
      while (written < bytes) {
        String copy = copies.get((int) (entries % fingerprints));
        out.write(copy);
        written += copy.length();
        entries++;
      }
    }
    return entries;
  }

  private static List<String> lines(String resource) throws IOException {
    try (InputStream in = BigLogs.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  private static int indexOf(List<String> lines, String part) {
    return indexOf(lines, part, 0);
  }

  private static int indexOf(List<String> lines, String part, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (lines.get(i).contains(part)) {
        return i;
      }
    }
    throw new IllegalStateException("no line with '" + part + "' in the recorded log");
  }
}
