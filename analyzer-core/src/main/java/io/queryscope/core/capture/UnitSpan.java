package io.queryscope.core.capture;

/** One open unit of work on one thread; units nest through {@link #outer}. */
public final class UnitSpan {

  final String name;
  final UnitSpan outer;
  final long startNanos;
  final long startEpochMicros;
  final String thread;
  int statements;
  boolean closed;

  UnitSpan(String name, UnitSpan outer, long startNanos, long startEpochMicros, String thread) {
    this.name = name;
    this.outer = outer;
    this.startNanos = startNanos;
    this.startEpochMicros = startEpochMicros;
    this.thread = thread;
  }

  public String name() {
    return name;
  }
}
