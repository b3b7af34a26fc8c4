package io.queryscope.core.dialect;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A server log's lines, one at a time, each kept to at most a given length: a log is read in one
 * pass whatever its size, and one endless line (a cut file, a binary blob) cannot fill the heap.
 * Lines end at {@code \n}; a {@code \r} before it is dropped. Text that is not UTF-8 fails with a
 * {@link java.nio.charset.CharacterCodingException}.
 */
public final class LogLines implements Closeable {

  private final Reader in;
  private final int maxChars;
  private final char[] buffer = new char[1 << 16];
  private int pos;
  private int end;
  private long lineNumber;
  private long length;
  private final StringBuilder line = new StringBuilder();

  /**
   * @param maxChars the longest line kept whole; a longer one is returned as its start, with {@link
   *     #wasCut()} true and {@link #length()} its full length
   */
  public LogLines(Path file, int maxChars) throws IOException {
    this.in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    this.maxChars = maxChars;
  }

  /** The next line without its terminator, or null at the end of the file. */
  public String next() throws IOException {
    line.setLength(0);
    if (line.capacity() > 1 << 20) {
      line.trimToSize(); // one long line must not keep its buffer for the rest of the file
    }
    length = 0;
    boolean any = false;
    while (true) {
      if (pos == end) {
        end = in.read(buffer, 0, buffer.length);
        pos = 0;
        if (end <= 0) {
          end = 0;
          if (!any) {
            return null;
          }
          break;
        }
      }
      any = true;
      int start = pos;
      while (pos < end && buffer[pos] != '\n') {
        pos++;
      }
      keep(start, pos);
      if (pos < end) {
        pos++; // the '\n'
        break;
      }
    }
    lineNumber++;
    if (length > 0 && length <= maxChars && line.charAt(line.length() - 1) == '\r') {
      line.setLength(line.length() - 1);
      length--;
    }
    return line.toString();
  }

  private void keep(int from, int to) {
    length += to - from;
    int room = maxChars - line.length();
    if (room > 0) {
      line.append(buffer, from, Math.min(to - from, room));
    }
  }

  /** 1-based number of the line {@link #next()} returned last. */
  public long lineNumber() {
    return lineNumber;
  }

  /** The full length of the last line, in chars, however much of it was kept. */
  public long length() {
    return length;
  }

  /** Whether the last line was longer than the limit and only its start was returned. */
  public boolean wasCut() {
    return length > maxChars;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
