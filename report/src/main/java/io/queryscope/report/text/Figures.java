package io.queryscope.report.text;

import java.util.Locale;

/** Writes numbers the way a report reader wants them: grouped, rounded, with units. */
public final class Figures {

  private Figures() {}

  /** {@code 1,234,567}; {@code ?} when unknown (negative). */
  public static String count(long n) {
    return n < 0 ? "?" : String.format(Locale.ROOT, "%,d", n);
  }

  /** Rows, which plans give as doubles: {@code 12}, {@code 0.5}, {@code 1,200,000}. */
  public static String rows(double n) {
    if (Double.isNaN(n)) {
      return "?";
    }
    if (n != Math.rint(n) && n < 10) {
      return String.format(Locale.ROOT, "%.1f", n);
    }
    return String.format(Locale.ROOT, "%,.0f", n);
  }

  /**
   * A duration in milliseconds: {@code 0.42 ms}, {@code 12.3 ms}, {@code 4.2 s}, {@code 3.1 min}.
   */
  public static String millis(double ms) {
    if (Double.isNaN(ms)) {
      return "?";
    }
    if (ms >= 120_000) {
      return String.format(Locale.ROOT, "%.1f min", ms / 60_000);
    }
    if (ms >= 10_000) {
      return String.format(Locale.ROOT, "%.1f s", ms / 1000);
    }
    if (ms >= 100) {
      return String.format(Locale.ROOT, "%,.0f ms", ms);
    }
    if (ms >= 1) {
      return String.format(Locale.ROOT, "%.1f ms", ms);
    }
    return String.format(Locale.ROOT, "%.2f ms", ms);
  }

  /** A share 0..1 as a percentage: {@code 42%}, {@code 0.3%}, {@code <0.1%}. */
  public static String percent(double share) {
    if (Double.isNaN(share)) {
      return "?";
    }
    double p = share * 100;
    if (p == 0) {
      return "0%";
    }
    if (p < 0.1) {
      return "<0.1%";
    }
    return p < 10
        ? String.format(Locale.ROOT, "%.1f%%", p)
        : String.format(Locale.ROOT, "%.0f%%", p);
  }

  /** A planner cost: {@code 8.31}, {@code 1,834}. */
  public static String cost(double cost) {
    if (Double.isNaN(cost)) {
      return "?";
    }
    return cost < 100
        ? String.format(Locale.ROOT, "%.2f", cost)
        : String.format(Locale.ROOT, "%,.0f", cost);
  }

  /** A ratio like {@code 120×}. */
  public static String factor(double f) {
    if (Double.isNaN(f)) {
      return "?";
    }
    return f < 10
        ? String.format(Locale.ROOT, "%.1f×", f)
        : String.format(Locale.ROOT, "%,.0f×", f);
  }
}
