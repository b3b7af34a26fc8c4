package io.queryscope.rules.execution;

import io.queryscope.core.model.DatabaseKind;

/** Memory settings that keep a sort or hash in memory, per server, sized from what spilled. */
final class SpillAdvice {

  private SpillAdvice() {}

  /**
   * The smallest power-of-two megabytes holding {@code neededKb}: in-memory sorts take roughly
   * twice the space their on-disk runs did.
   */
  static long megabytes(double neededKb) {
    long mb = 4;
    while (mb * 1024 < neededKb) {
      mb *= 2;
    }
    return mb;
  }

  static String sort(DatabaseKind dialect, long mb) {
    return switch (dialect) {
      case POSTGRESQL ->
          "Give this statement more sort memory where it runs (SET LOCAL work_mem = '"
              + mb
              + "MB' in its transaction, or ALTER ROLE <app> SET work_mem = '"
              + mb
              + "MB'), not globally: work_mem applies to every sort of every connection. An"
              + " index that returns rows already in order removes the sort altogether.";
      case MYSQL, MARIADB ->
          "Raise sort_buffer_size for the session running it (SET SESSION sort_buffer_size = "
              + mb * 1024 * 1024
              + "), not globally; an index matching the ORDER BY avoids the filesort.";
    };
  }

  static String hash(DatabaseKind dialect, long mb) {
    return switch (dialect) {
      case POSTGRESQL ->
          "Give the hash more memory where this statement runs (SET LOCAL work_mem = '"
              + mb
              + "MB', or raise hash_mem_multiplier, PostgreSQL 13+), or make the build side"
              + " smaller: join fewer rows or columns on the hashed side.";
      case MYSQL, MARIADB ->
          "Raise join_buffer_size for the session running it (SET SESSION join_buffer_size = "
              + mb * 1024 * 1024
              + "), or index the join column so a nested loop with lookups replaces the hash.";
    };
  }
}
