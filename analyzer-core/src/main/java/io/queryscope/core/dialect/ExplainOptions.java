package io.queryscope.core.dialect;

import java.util.List;

/**
 * How to explain a statement.
 *
 * @param analyze run it (EXPLAIN ANALYZE); only plain SELECTs unless {@code allowWrites}
 * @param allowWrites the user asked to analyse non-SELECTs: they run in a rolled-back transaction
 * @param sampleBinds values for {@code ?} / {@code $n} placeholders when the server cannot plan
 *     generically
 */
public record ExplainOptions(
    boolean analyze, boolean buffers, boolean allowWrites, List<String> sampleBinds) {

  public static final ExplainOptions ESTIMATE = new ExplainOptions(false, false, false, List.of());
  public static final ExplainOptions ANALYZE = new ExplainOptions(true, true, false, List.of());

  public ExplainOptions {
    sampleBinds =
        sampleBinds == null
            ? List.of()
            : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(sampleBinds));
  }

  public ExplainOptions withSampleBinds(List<String> binds) {
    return new ExplainOptions(analyze, buffers, allowWrites, binds);
  }
}
