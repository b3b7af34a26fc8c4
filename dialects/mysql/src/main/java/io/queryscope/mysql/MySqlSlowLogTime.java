package io.queryscope.mysql;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The two {@code # Time:} formats: MySQL 5.7+ ISO-8601 ({@code 2024-01-15T10:23:45.123456Z}) and
 * MariaDB/old MySQL {@code yymmdd h:mm:ss} (server local time, read as UTC; {@code SET timestamp}
 * wins when present).
 */
final class MySqlSlowLogTime {

  private static final DateTimeFormatter MARIADB = DateTimeFormatter.ofPattern("yyMMdd H:mm:ss");

  private MySqlSlowLogTime() {}

  static Instant parse(String text) {
    String t = text.trim().replaceAll("\\s+", " ");
    try {
      return OffsetDateTime.parse(t).toInstant();
    } catch (DateTimeParseException notIso) {
      try {
        return LocalDateTime.parse(t, MARIADB).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException notMaria) {
        return null;
      }
    }
  }
}
