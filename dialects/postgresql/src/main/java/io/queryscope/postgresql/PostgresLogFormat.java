package io.queryscope.postgresql;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The three log formats PostgreSQL writes (stderr, csvlog, jsonlog), each split into messages as
 * its lines stream past.
 */
enum PostgresLogFormat {
  STDERR {
    @Override
    LogSplitter splitter(Consumer<LogMessage> sink, int maxChars) {
      return new Stderr(sink, maxChars);
    }
  },
  CSV {
    @Override
    LogSplitter splitter(Consumer<LogMessage> sink, int maxChars) {
      return new Csv(sink, maxChars);
    }
  },
  JSON {
    @Override
    LogSplitter splitter(Consumer<LogMessage> sink, int maxChars) {
      return new Json(sink, maxChars);
    }
  };

  /** csvlog's 14th column is the message. */
  private static final int MESSAGE_FIELD = 13;

  private static final Pattern SEVERITY =
      Pattern.compile(
          "\\b(?:DEBUG[1-5]?|LOG|INFO|NOTICE|WARNING|ERROR|FATAL|PANIC|DETAIL|HINT|CONTEXT"
              + "|STATEMENT|QUERY|LOCATION):  ");

  private static final Pattern CSV_START =
      Pattern.compile("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)? [^,]*,");

  abstract LogSplitter splitter(Consumer<LogMessage> sink, int maxChars);

  /** By the file's extension, else by its first non-blank line (null when it has none). */
  static PostgresLogFormat detect(String fileName, String firstLine) {
    String name = fileName.toLowerCase(java.util.Locale.ROOT);
    if (name.endsWith(".csv")) {
      return CSV;
    }
    if (name.endsWith(".json")) {
      return JSON;
    }
    if (firstLine == null) {
      return STDERR;
    }
    if (firstLine.startsWith("{")) {
      return JSON;
    }
    return CSV_START.matcher(firstLine).find() ? CSV : STDERR;
  }

  /** A prefix and severity start a message; the server indents its continuation lines by a tab. */
  private static final class Stderr extends LogSplitter {
    private StringBuilder text;
    private long start;
    private boolean cut;

    Stderr(Consumer<LogMessage> sink, int maxChars) {
      super(sink, maxChars);
    }

    @Override
    void line(String line, long number, boolean lineCut) {
      if (line.startsWith("\t") && text != null) {
        if (!cut) {
          text.append('\n');
          cut = lineCut || !append(text, line, 1);
        }
        return;
      }
      flush(number);
      Matcher m = SEVERITY.matcher(line);
      if (m.find()) {
        text = new StringBuilder();
        cut = lineCut || !append(text, line, m.end());
        start = number;
      } else if (!line.isBlank()) {
        garbage(number, 1);
      }
    }

    private void flush(long next) {
      if (text != null) {
        emit(start, next - start, text, cut);
        text = null;
      }
    }

    @Override
    void end(long lastLine) {
      flush(lastLine + 1);
    }
  }

  /**
   * One CSV record per message; a quoted field runs over several lines. Only the message field is
   * kept: the others are counted.
   */
  private static final class Csv extends LogSplitter {
    private final StringBuilder message = new StringBuilder();
    private boolean inRecord;
    private boolean quoted;
    private boolean cut;
    private boolean firstLineBlank;
    private int field;
    private long start;

    Csv(Consumer<LogMessage> sink, int maxChars) {
      super(sink, maxChars);
    }

    @Override
    void line(String line, long number, boolean lineCut) {
      if (!inRecord) {
        inRecord = true;
        start = number;
        field = 0;
        quoted = false;
        cut = false;
        message.setLength(0);
        firstLineBlank = line.isBlank();
      } else if (field == MESSAGE_FIELD) {
        keep("\n");
      }
      cut |= lineCut && field <= MESSAGE_FIELD;
      for (int p = 0; p < line.length(); p++) {
        char c = line.charAt(p);
        if (quoted) {
          if (c == '"') {
            if (p + 1 < line.length() && line.charAt(p + 1) == '"') {
              keep("\"");
              p++;
            } else {
              quoted = false;
            }
          } else if (field == MESSAGE_FIELD) {
            int stop = p;
            while (stop < line.length() && line.charAt(stop) != '"') {
              stop++;
            }
            keep(line.subSequence(p, stop));
            p = stop - 1;
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          field++;
        } else if (field == MESSAGE_FIELD) {
          keep(String.valueOf(c));
        }
      }
      if (!quoted) {
        finish(number);
      }
    }

    private void keep(CharSequence part) {
      if (field == MESSAGE_FIELD && !cut) {
        cut = !append(message, part, 0);
      }
    }

    private void finish(long last) {
      inRecord = false;
      if (field >= MESSAGE_FIELD) {
        emit(start, last - start + 1, message, cut);
      } else if (!firstLineBlank) {
        garbage(start, last - start + 1);
      }
      if (message.capacity() > 1 << 20) {
        message.setLength(0);
        message.trimToSize();
      }
    }

    @Override
    void end(long lastLine) {
      if (inRecord) {
        // An unterminated quote at the end of the file closes the record there.
        finish(lastLine);
      }
    }
  }

  /** One JSON object per line; its {@code "message"} is the message. */
  private static final class Json extends LogSplitter {
    private final ObjectMapper mapper;

    Json(Consumer<LogMessage> sink, int maxChars) {
      super(sink, maxChars);
      // A message is one JSON string: allow what the reader keeps of a message, escapes included.
      StreamReadConstraints limits =
          StreamReadConstraints.builder()
              .maxStringLength((int) Math.min(Integer.MAX_VALUE, 2L * maxChars))
              .build();
      mapper = new ObjectMapper(JsonFactory.builder().streamReadConstraints(limits).build());
    }

    @Override
    void line(String line, long number, boolean lineCut) {
      if (line.isBlank()) {
        return;
      }
      if (lineCut) {
        // Too long to read as JSON at all: a message, by the format, too long to read.
        emit(number, 1, "", true);
        return;
      }
      try {
        JsonNode entry = mapper.readTree(line);
        if (entry != null && entry.path("message").isTextual()) {
          String text = entry.get("message").asText();
          boolean cut = text.length() > maxChars;
          emit(number, 1, cut ? "" : text, cut);
          return;
        }
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        // counted below
      }
      garbage(number, 1);
    }

    @Override
    void end(long lastLine) {
      // every message ends with its line
    }
  }
}
