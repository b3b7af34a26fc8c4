package io.queryscope.regression;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A committed set of statements and their plans. Statements are kept sorted by id so the file diffs
 * well in git; the header says where it was recorded, never when.
 *
 * @param dialect {@code postgresql}, {@code mysql} or {@code mariadb}
 * @param analyze true when statements ran ({@code --analyze}); a check then runs them too
 * @param repeat runs per statement when analysing; the median is kept
 */
public record Baseline(
    String toolVersion,
    String dialect,
    String serverVersion,
    boolean analyze,
    int repeat,
    List<BaselineStatement> statements) {

  public static final int FORMAT = 1;

  /** File order first, then position within the file: {@code a.sql#2} before {@code a.sql#10}. */
  public static final Comparator<String> ID_ORDER =
      Comparator.comparing(
              (String id) -> id.contains("#") ? id.substring(0, id.lastIndexOf('#')) : id)
          .thenComparingLong(Baseline::position)
          .thenComparing(Comparator.naturalOrder());

  public Baseline {
    repeat = Math.max(1, repeat);
    List<BaselineStatement> sorted = new ArrayList<>(statements);
    sorted.sort(Comparator.comparing(BaselineStatement::id, ID_ORDER));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
        throw new IllegalArgumentException(
            "two statements are both named " + sorted.get(i).id() + "; names must be unique");
      }
    }
    statements = List.copyOf(sorted);
  }

  public Optional<BaselineStatement> statement(String id) {
    return statements.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * This baseline with {@code updates} accepted: a statement of the same id is replaced, a new one
   * added, and the rest kept.
   */
  public Baseline with(
      String newToolVersion,
      String newServerVersion,
      boolean newAnalyze,
      int newRepeat,
      List<BaselineStatement> updates) {
    Map<String, BaselineStatement> byId = new LinkedHashMap<>();
    statements.forEach(s -> byId.put(s.id(), s));
    updates.forEach(s -> byId.put(s.id(), s));
    return new Baseline(
        newToolVersion,
        dialect,
        newServerVersion,
        newAnalyze,
        newRepeat,
        List.copyOf(byId.values()));
  }

  private static long position(String id) {
    int hash = id.lastIndexOf('#');
    if (hash < 0) {
      return 0;
    }
    try {
      return Long.parseLong(id.substring(hash + 1));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
