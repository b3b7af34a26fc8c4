package io.queryscope.report.text;

/** ANSI styling that becomes a no-op when colour is off (not a terminal, or --no-color). */
public final class Ansi {

  public static final Ansi OFF = new Ansi(false);
  public static final Ansi ON = new Ansi(true);

  private final boolean enabled;

  private Ansi(boolean enabled) {
    this.enabled = enabled;
  }

  public static Ansi of(boolean enabled) {
    return enabled ? ON : OFF;
  }

  public boolean enabled() {
    return enabled;
  }

  public String bold(String s) {
    return wrap("1", s);
  }

  public String dim(String s) {
    return wrap("2", s);
  }

  public String red(String s) {
    return wrap("31", s);
  }

  public String boldRed(String s) {
    return wrap("1;31", s);
  }

  public String green(String s) {
    return wrap("32", s);
  }

  public String yellow(String s) {
    return wrap("33", s);
  }

  public String blue(String s) {
    return wrap("34", s);
  }

  public String magenta(String s) {
    return wrap("35", s);
  }

  public String cyan(String s) {
    return wrap("36", s);
  }

  private String wrap(String code, String s) {
    return enabled ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
  }
}
