package io.queryscope.cli.explain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.queryscope.cli.InputFiles;
import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.dialect.Dialect;
import io.queryscope.core.dialect.Dialects;
import io.queryscope.core.model.DatabaseKind;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.plan.PlanLimits;
import java.io.IOException;
import java.nio.file.Files;
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

  private static final ObjectMapper JSON = new ObjectMapper(PlanLimits.jsonFactory());

  private SavedPlans() {}

  /** The file's text, refused before it is read when it is larger than a plan may be. */
  static String read(Path file) {
    InputFiles.require("--plan", file);
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new QueryScopeException(
          ErrorCode.FILE_NOT_READABLE,
          "--plan " + file + ": cannot read it (" + e.getMessage() + ")",
          e);
    }
    QueryScopeException tooLarge = PlanLimits.checkSize(size);
    if (tooLarge != null) {
      throw new QueryScopeException(
          tooLarge.code(), "--plan " + file + ": " + tooLarge.getMessage());
    }
    return InputFiles.read("--plan", file);
  }

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
      JSON.readTree(text);
    } catch (JsonProcessingException e) {
      QueryScopeException limit = PlanLimits.translate(e, text);
      if (limit != null) {
        throw new QueryScopeException(
            limit.code(), "--plan " + file + ": " + limit.getMessage(), e);
      }
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
