package io.queryscope.core.jooq;

import io.queryscope.core.QueryScope;
import io.queryscope.core.capture.Recorder;
import io.queryscope.core.events.StatementKind;
import java.util.List;
import java.util.Objects;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Query;

/**
 * Feeds a {@link QueryScope} from jOOQ, for applications that use jOOQ without the JDBC proxy:
 * {@code configuration.set(QueryScopeExecuteListener.of(scope))}. Statements carry SQL, binds,
 * timings, rows, errors, thread, unit of work and call site; connection and transaction are not
 * known here (they are 0). When jOOQ runs on a connection the same scope already wraps, the
 * listener stays quiet so nothing is counted twice. jOOQ is an optional dependency: only
 * applications that use it load this class.
 */
public final class QueryScopeExecuteListener implements ExecuteListener {

  private static final String STATE = "io.queryscope.execution";

  private final transient Recorder recorder;

  private QueryScopeExecuteListener(Recorder recorder) {
    this.recorder = recorder;
  }

  public static QueryScopeExecuteListener of(QueryScope scope) {
    return new QueryScopeExecuteListener(Objects.requireNonNull(scope, "scope").recorder());
  }

  /** Per-execution figures, kept in jOOQ's context so one listener serves every thread. */
  private static final class Timing {
    long start;
    long end;
    long fetchStart;
    long fetchNanos;
    long rows;
    boolean skip;
    boolean recorded;
  }

  private Timing timing(ExecuteContext ctx) {
    Object t = ctx.data(STATE);
    if (t instanceof Timing timing) {
      return timing;
    }
    Timing timing = new Timing();
    ctx.data(STATE, timing);
    return timing;
  }

  @Override
  public void executeStart(ExecuteContext ctx) {
    try {
      Timing t = timing(ctx);
      t.skip = recorder.captures(ctx.connection());
      t.start = recorder.ticker().read();
    } catch (RuntimeException e) {
      // Never let capture change what jOOQ does; counted and logged once like the proxy's own.
      recorder.failed("the jOOQ listener at execute start", e);
    }
  }

  @Override
  public void executeEnd(ExecuteContext ctx) {
    Object t = ctx.data(STATE);
    if (t instanceof Timing timing) {
      timing.end = recorder.ticker().read();
    }
  }

  @Override
  public void fetchStart(ExecuteContext ctx) {
    Object t = ctx.data(STATE);
    if (t instanceof Timing timing) {
      timing.fetchStart = recorder.ticker().read();
    }
  }

  @Override
  public void recordEnd(ExecuteContext ctx) {
    Object t = ctx.data(STATE);
    if (t instanceof Timing timing && ctx.recordLevel() == 0) {
      timing.rows++;
    }
  }

  @Override
  public void fetchEnd(ExecuteContext ctx) {
    Object t = ctx.data(STATE);
    if (t instanceof Timing timing && timing.fetchStart != 0) {
      timing.fetchNanos += recorder.ticker().read() - timing.fetchStart;
      timing.fetchStart = 0;
    }
  }

  @Override
  public void exception(ExecuteContext ctx) {
    record(ctx);
  }

  @Override
  public void end(ExecuteContext ctx) {
    record(ctx);
  }

  private void record(ExecuteContext ctx) {
    try {
      Object t = ctx.data(STATE);
      if (!(t instanceof Timing timing) || timing.skip || timing.recorded || timing.start == 0) {
        return;
      }
      timing.recorded = true;
      long end = timing.end != 0 ? timing.end : recorder.ticker().read();
      StatementKind kind = kind(ctx);
      String[] batch = ctx.batchSQL();
      String sql = ctx.sql() != null ? ctx.sql() : batch.length > 0 ? batch[0] : null;
      if (sql == null) {
        return;
      }
      Throwable error = ctx.sqlException() != null ? ctx.sqlException() : ctx.exception();
      recorder.recordStatement(
          sql,
          kind,
          timing.start,
          end,
          binds(ctx.query()),
          kind == StatementKind.BATCH ? Math.max(1, batch.length) : 1,
          rowsAffected(ctx, kind),
          timing.fetchNanos,
          timing.rows,
          error);
    } catch (RuntimeException e) {
      // The recorder counts its own failures; anything else here must not reach jOOQ either.
      recorder.failed("the jOOQ listener at execute end", e);
    }
  }

  private static StatementKind kind(ExecuteContext ctx) {
    return switch (ctx.type()) {
      case READ -> StatementKind.QUERY;
      case BATCH -> StatementKind.BATCH;
      case ROUTINE -> StatementKind.CALL;
      default -> ctx.resultSet() != null ? StatementKind.QUERY : StatementKind.UPDATE;
    };
  }

  private static long rowsAffected(ExecuteContext ctx, StatementKind kind) {
    if (kind == StatementKind.BATCH) {
      int[] rows = ctx.batchRows();
      long sum = -1;
      for (int r : rows) {
        if (r >= 0) {
          sum = Math.max(0, sum) + r;
        }
      }
      return sum;
    }
    return kind == StatementKind.QUERY ? -1 : ctx.rows();
  }

  private static Object[] binds(Query query) {
    if (query == null) {
      return null;
    }
    List<Object> values = query.getBindValues();
    return values.toArray();
  }
}
