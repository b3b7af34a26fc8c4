package io.queryscope.core;

import io.queryscope.core.capture.Recorder;
import io.queryscope.core.capture.UnitSpan;

/**
 * A named span of work (a request, a job, a test) on the current thread: statements run on this
 * thread while it is open carry its name, and N+1 detection looks inside it. Units nest: the
 * innermost open unit names the statements, each enclosing unit counts them too, and closing a unit
 * makes its enclosing unit current again. Statements on other threads are not part of it. Close it
 * on the thread that opened it, ideally with try-with-resources; closing twice does nothing.
 */
public final class UnitOfWork implements AutoCloseable {

  private final Recorder recorder;
  private final UnitSpan span;

  UnitOfWork(Recorder recorder, UnitSpan span) {
    this.recorder = recorder;
    this.span = span;
  }

  public String name() {
    return span.name();
  }

  @Override
  public void close() {
    recorder.closeUnit(span);
  }

  @Override
  public String toString() {
    return "UnitOfWork[" + span.name() + "]";
  }
}
