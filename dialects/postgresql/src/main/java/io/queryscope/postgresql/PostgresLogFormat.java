package io.queryscope.postgresql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The three log formats PostgreSQL writes (stderr, csvlog, jsonlog), each split into messages.
 * Lines that belong to no message are counted, not fatal.
 */
enum PostgresLogFormat {
  STDERR {
    @Override
    Split split(List<String> lines) {
      List<LogMessage> messages = new ArrayList<>();
      long garbage = 0;
      long firstGarbage = 0;
      StringBuilder text = null;
      long start = 0;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.startsWith("\t") && text != null) {
          // The server indents every continuation line of a message with a tab.
          text.append('\n').append(line, 1, line.length());
          continue;
        }
        if (text != null) {
          messages.add(new LogMessage(start, i + 1 - start, text.toString()));
          text = null;
        }
        Matcher m = SEVERITY.matcher(line);
        if (m.find()) {
          text = new StringBuilder(line.substring(m.end()));
          start = i + 1;
        } else if (!line.isBlank()) {
          garbage++;
          firstGarbage = firstGarbage == 0 ? i + 1 : firstGarbage;
        }
      }
      if (text != null) {
        messages.add(new LogMessage(start, lines.size() + 1 - start, text.toString()));
      }
      return new Split(messages, garbage, firstGarbage);
    }
  },
  CSV {
    @Override
    Split split(List<String> lines) {
      List<LogMessage> messages = new ArrayList<>();
      long garbage = 0;
      long firstGarbage = 0;
      int i = 0;
      while (i < lines.size()) {
        int start = i;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        String line = lines.get(i);
        int p = 0;
        while (true) {
          if (p >= line.length()) {
            if (quoted && i + 1 < lines.size()) {
              field.append('\n');
              line = lines.get(++i);
              p = 0;
              continue;
            }
            fields.add(field.toString());
            break;
          }
          char c = line.charAt(p++);
          if (quoted) {
            if (c == '"') {
              if (p < line.length() && line.charAt(p) == '"') {
                field.append('"');
                p++;
              } else {
                quoted = false;
              }
            } else {
              field.append(c);
            }
          } else if (c == '"') {
            quoted = true;
          } else if (c == ',') {
            fields.add(field.toString());
            field.setLength(0);
          } else {
            field.append(c);
          }
        }
        i++;
        if (fields.size() > MESSAGE_FIELD) {
          messages.add(new LogMessage(start + 1, i - start, fields.get(MESSAGE_FIELD)));
        } else if (!lines.get(start).isBlank()) {
          garbage += i - start;
          firstGarbage = firstGarbage == 0 ? start + 1 : firstGarbage;
        }
      }
      return new Split(messages, garbage, firstGarbage);
    }
  },
  JSON {
    @Override
    Split split(List<String> lines) {
      List<LogMessage> messages = new ArrayList<>();
      long garbage = 0;
      long firstGarbage = 0;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.isBlank()) {
          continue;
        }
        try {
          JsonNode entry = MAPPER.readTree(line);
          if (entry != null && entry.path("message").isTextual()) {
            messages.add(new LogMessage(i + 1, 1, entry.get("message").asText()));
            continue;
          }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          // counted below
        }
        garbage++;
        firstGarbage = firstGarbage == 0 ? i + 1 : firstGarbage;
      }
      return new Split(messages, garbage, firstGarbage);
    }
  };

  /** csvlog's 14th column is the message. */
  private static final int MESSAGE_FIELD = 13;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final Pattern SEVERITY =
      Pattern.compile(
          "\\b(?:DEBUG[1-5]?|LOG|INFO|NOTICE|WARNING|ERROR|FATAL|PANIC|DETAIL|HINT|CONTEXT"
              + "|STATEMENT|QUERY|LOCATION):  ");

  private static final Pattern CSV_START =
      Pattern.compile("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)? [^,]*,");

  /**
   * Messages found and the lines that belonged to none.
   *
   * @param firstGarbageLine 1-based line of the first such line, 0 when none
   */
  record Split(List<LogMessage> messages, long garbageLines, long firstGarbageLine) {}

  abstract Split split(List<String> lines);

  /** By the file's extension, else by its first non-blank line. */
  static PostgresLogFormat detect(String fileName, List<String> lines) {
    String name = fileName.toLowerCase(java.util.Locale.ROOT);
    if (name.endsWith(".csv")) {
      return CSV;
    }
    if (name.endsWith(".json")) {
      return JSON;
    }
    for (String line : lines) {
      if (!line.isBlank()) {
        if (line.startsWith("{")) {
          return JSON;
        }
        return CSV_START.matcher(line).find() ? CSV : STDERR;
      }
    }
    return STDERR;
  }
}
