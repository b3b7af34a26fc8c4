package io.queryscope.postgresql;

import java.util.function.Consumer;

/**
 * Turns a log's lines, fed one at a time, into messages handed to a consumer as soon as each is
 * complete, keeping at most {@code maxChars} of any one message. Lines that belong to no message
 * are counted, not fatal.
 */
abstract class LogSplitter {

  private final Consumer<LogMessage> sink;
  final int maxChars;
  private long garbageLines;
  private long firstGarbageLine;

  LogSplitter(Consumer<LogMessage> sink, int maxChars) {
    this.sink = sink;
    this.maxChars = maxChars;
  }

  /**
   * @param number the line's 1-based number
   * @param cut the line was longer than the reader keeps, and {@code line} is its start
   */
  abstract void line(String line, long number, boolean cut);

  /** The file ended after line {@code lastLine}: hands over a message still open. */
  abstract void end(long lastLine);

  final void emit(long line, long lines, CharSequence text, boolean cut) {
    sink.accept(new LogMessage(line, lines, text.toString(), cut));
  }

  final void garbage(long line, long count) {
    garbageLines += count;
    firstGarbageLine = firstGarbageLine == 0 ? line : firstGarbageLine;
  }

  /** Appends as much of {@code part} as the limit allows; false when some was left out. */
  final boolean append(StringBuilder text, CharSequence part, int from) {
    int room = maxChars - text.length();
    int length = part.length() - from;
    if (length <= room) {
      text.append(part, from, part.length());
      return true;
    }
    return false;
  }

  long garbageLines() {
    return garbageLines;
  }

  /** 1-based line of the first line that belonged to no message, 0 when none. */
  long firstGarbageLine() {
    return firstGarbageLine;
  }
}
