package io.queryscope.cli.explain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.dialect.Dialect;
import io.queryscope.core.dialect.Dialects;
import io.queryscope.core.model.DatabaseKind;
import io.queryscope.core.plan.Plan;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a plan a user saved ({@code EXPLAIN (FORMAT JSON)}, {@code EXPLAIN FORMAT=JSON}): picks the
 * dialect (given, or the first that recognises the text) and lets it parse; unknown nodes and keys
 * are the dialect's warnings, never failures.
 */
final class SavedPlans {

  private static final String HOW_TO_SAVE =
      "save it with EXPLAIN (FORMAT JSON) on PostgreSQL or EXPLAIN FORMAT=JSON on MySQL/MariaDB";

  private SavedPlans() {}

  static Plan parse(Path file, String text, DatabaseKind kind, String sql) {
    Dialect dialect = kind == null ? detect(file, text) : byKind(kind);
    try {
      return dialect.parsePlan(text, sql);
    } catch (QueryScopeException e) {
      // The dialect says what is wrong with the text; the user needs to know which file.
      throw new QueryScopeException(e.code(), "--plan " + file + ": " + e.getMessage(), e);
    }
  }

  private static Dialect byKind(DatabaseKind kind) {
    return Dialects.byKind(kind)
        .orElseThrow(
            () ->
                new QueryScopeException(
                    ErrorCode.USAGE, "no " + kind.id() + " support in this build of queryscope"));
  }

  private static Dialect detect(Path file, String text) {
    Optional<Dialect> found =
        Dialects.all().stream().filter(d -> d.recognizesPlan(text)).findFirst();
    if (found.isPresent()) {
      return found.get();
    }
    requireJson(file, text);
    throw new QueryScopeException(
        ErrorCode.MALFORMED_PLAN,
        "--plan "
            + file
            + ": valid JSON, but not a PostgreSQL or MySQL/MariaDB plan; "
            + HOW_TO_SAVE
            + ", or name the server with --dialect");
  }

  /** Fails with the line and column when the text is not JSON at all. */
  static void requireJson(Path file, String text) {
    if (text.isBlank()) {
      throw new QueryScopeException(
          ErrorCode.MALFORMED_PLAN, "--plan " + file + ": the file is empty; " + HOW_TO_SAVE);
    }
    try {
      new ObjectMapper().readTree(text);
    } catch (JsonProcessingException e) {
      String where =
          e.getLocation() == null
              ? ""
              : " at line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr();
      String why = e.getOriginalMessage().replaceAll("\\s+", " ");
      if (why.length() > 120) {
        why = why.substring(0, 117) + "...";
      }
      throw new QueryScopeException(
          ErrorCode.MALFORMED_PLAN,
          "--plan " + file + ": not valid JSON" + where + " (" + why + "); " + HOW_TO_SAVE,
          e);
    }
  }
}
