package io.queryscope.cli;

import io.queryscope.analysis.AnalysisProgress;
import io.queryscope.core.Secrets;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress on standard error for long work. On a terminal a phase's line is rewritten in place
 * (steps like "explaining 3/20"); otherwise one plain line per phase, or nothing at all.
 */
public final class Progress implements AnalysisProgress {

  /** How progress shows. */
  public enum Mode {
    /** Lines rewritten in place: stderr is a terminal. */
    TERMINAL,
    /** One plain line per phase, for logs. */
    LINES,
    SILENT
  }

  public static final Progress SILENT = new Progress(null, Mode.SILENT);

  private final PrintWriter err;
  private final Mode mode;
  private final Secrets secrets;
  private final long start = System.nanoTime();
  private String phase;
  private long phaseStart;
  private boolean lineOpen;

  public Progress(PrintWriter err, Mode mode) {
    this(err, mode, Secrets.NONE);
  }

  /** Progress whose every line first loses what {@code secrets} hides (URLs, the password). */
  public Progress(PrintWriter err, Mode mode, Secrets secrets) {
    this.err = err;
    this.mode = mode;
    this.secrets = secrets;
  }

  /**
   * The mode a command gets: silent with {@code --quiet}; in place on a terminal; plain lines when
   * asked ({@code linesOtherwise}: the demo, or {@code --verbose}); else silent.
   */
  public static Mode modeFor(boolean quiet, boolean linesOtherwise) {
    if (quiet) {
      return Mode.SILENT;
    }
    if (System.console() != null) {
      return Mode.TERMINAL;
    }
    return linesOtherwise ? Mode.LINES : Mode.SILENT;
  }

  /** Starts a phase ("reading statistics"); the previous one is finished. */
  @Override
  public synchronized void phase(String text) {
    finishPhase();
    phase = secrets.redact(text);
    phaseStart = System.nanoTime();
    switch (mode) {
      case TERMINAL -> {
        err.print("\r\u001b[K… " + phase);
        lineOpen = true;
      }
      case LINES -> err.println("queryscope: " + phase);
      case SILENT -> {}
    }
    flush();
  }

  /** A step inside the current phase ("3/20 select …"); shown only on a terminal. */
  @Override
  public synchronized void step(int done, int total, String what) {
    if (mode != Mode.TERMINAL) {
      return;
    }
    String detail = what == null ? "" : "  " + secrets.redact(what).replaceAll("\\s+", " ");
    String line = "… " + phase + " " + done + "/" + total + detail;
    err.print("\r\u001b[K" + (line.length() > 110 ? line.substring(0, 109) + "…" : line));
    lineOpen = true;
    flush();
  }

  /** A line worth keeping (a note); printed in every mode but silent. */
  @Override
  public synchronized void note(String text) {
    if (mode == Mode.SILENT) {
      return;
    }
    clearLine();
    err.println("queryscope: " + secrets.redact(text));
    if (mode == Mode.TERMINAL && phase != null) {
      err.print("… " + phase);
      lineOpen = true;
    }
    flush();
  }

  /** Finishes the last phase; on a terminal, prints the total time. */
  @Override
  public synchronized void done() {
    finishPhase();
    phase = null;
    if (mode == Mode.TERMINAL) {
      err.println(String.format(Locale.ROOT, "✓ done in %.1f s", seconds(start)));
    }
    flush();
  }

  private void finishPhase() {
    if (mode == Mode.TERMINAL && phase != null) {
      clearLine();
      err.println(String.format(Locale.ROOT, "✓ %s (%.1f s)", phase, seconds(phaseStart)));
    }
  }

  private void clearLine() {
    if (lineOpen) {
      err.print("\r\u001b[K");
      lineOpen = false;
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private void flush() {
    if (err != null) {
      err.flush();
    }
  }
}
