package io.queryscope.core;

/**
 * A source of nanoseconds for measuring durations, injectable so timing logic is testable without
 * sleeping (as Caffeine's {@code Ticker} and HikariCP's {@code ClockSource}).
 */
@FunctionalInterface
public interface Ticker {

  /** Nanoseconds from an arbitrary origin; only differences mean anything. */
  long read();

  /** {@link System#nanoTime()}. */
  static Ticker system() {
    return System::nanoTime;
  }
}
